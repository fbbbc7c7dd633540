import type { Test } from 'tap';
import type { Store } from '../../src/store/store.js';

// Webhooks and deliveries on both stores: run from storeContract, on the store it opens for each test.

const T0 = Date.parse('2030-01-01T00:00:00.000Z');
const at = (ms: number): string => new Date(T0 + ms).toISOString();

/** n stored divergences to deliver (deliveries reference them). */
export async function storeDivergences(store: Store, n: number): Promise<number[]> {
  return store.exclusive(async (tx) => {
    const d = await tx.insertDocument({ hash: `wh-${n}`, title: null, outlet: null, url: null, publishedAt: null, text: 'text', eventId: null });
    const s: number[] = [];
    for (let i = 0; i <= n; i++) {
      s.push(await tx.insertStatement({ documentId: d, actorId: null, speaker: 'an official', text: `s${i}`, start: 0, end: 2, mode: 'direct', kind: 'stated', about: [], cue: 'said', eventId: null }));
    }
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const id = await tx.insertDivergence({ aId: s[i] ?? 0, bId: s[i + 1] ?? 0, kind: 'contradiction', score: 0.9, relatedness: 0.9, flagged: true, components: {}, cues: [], eventId: null });
      if (id !== null) ids.push(id);
    }
    return ids;
  });
}

export function webhookStoreContract(t: Test, current: () => Store): void {
  let store: Store;
  t.beforeEach(() => {
    store = current();
  });

  t.test('webhooks are stored with their filters and secret, listed in pages, and deleted', async (t) => {
    const a = await store.webhooks.createWebhook({ url: 'https://a.example/hook', secret: 'k', filters: { actor: 'Putin', minScore: 0.7 } });
    const b = await store.webhooks.createWebhook({ url: 'https://b.example/hook', secret: null, filters: {} });
    t.match(a, { url: 'https://a.example/hook', secret: 'k', filters: { actor: 'Putin', minScore: 0.7 } });
    t.same(await store.webhooks.webhook(a.id), a);
    const p1 = await store.webhooks.webhooks({ limit: 1 });
    t.same(p1.items.map((w) => w.id), [a.id]);
    const p2 = await store.webhooks.webhooks({ limit: 1, cursor: p1.nextCursor ?? '' });
    t.same(p2.items.map((w) => w.id), [b.id]);
    t.equal(p2.nextCursor, null);
    t.same((await store.webhooks.allWebhooks()).map((w) => w.id), [a.id, b.id]);
    t.equal(await store.webhooks.deleteWebhook(a.id), true);
    t.equal(await store.webhooks.deleteWebhook(a.id), false);
    t.equal(await store.webhooks.webhook(a.id), undefined);
  });

  t.test('a delivery is stored once per webhook and divergence, and goes with its webhook', async (t) => {
    const [d1 = 0, d2 = 0] = await storeDivergences(store, 2);
    const w = await store.webhooks.createWebhook({ url: 'https://a.example/hook', secret: null, filters: {} });
    t.equal(await store.webhooks.enqueueDeliveries([{ webhookId: w.id, divergenceId: d1 }, { webhookId: w.id, divergenceId: d2 }]), 2);
    t.equal(await store.webhooks.enqueueDeliveries([{ webhookId: w.id, divergenceId: d1 }]), 0, 'insert-or-ignore');
    t.equal(await store.webhooks.enqueueDeliveries([{ webhookId: w.id + 1000, divergenceId: d1 }]), 0, 'an unknown webhook gets none');
    const page1 = await store.webhooks.deliveries(w.id, {}, { limit: 1 });
    const page2 = await store.webhooks.deliveries(w.id, {}, { limit: 1, cursor: page1.nextCursor ?? '' });
    t.same([...page1.items, ...page2.items].map((d) => d.divergenceId), [d2, d1], 'newest first');
    t.equal(page2.nextCursor, null);
    t.match(page1.items[0], { status: 'pending', attempts: 0, lastStatusCode: null, lastError: null, deliveredAt: null });
    t.equal((await store.webhooks.deliveries(w.id, { status: 'delivered' }, { limit: 10 })).items.length, 0);
    await store.webhooks.deleteWebhook(w.id);
    t.equal((await store.webhooks.deliveries(w.id, {}, { limit: 10 })).items.length, 0);
    t.same(await store.webhooks.claimDue(at(1e9), at(2e9), 10), [], 'deleted deliveries are never claimed');
  });

  t.test('due deliveries are leased to one claimer until sent, retried when due, and never after they end', async (t) => {
    const ids = await storeDivergences(store, 4);
    const w = await store.webhooks.createWebhook({ url: 'https://a.example/hook', secret: 'k', filters: {} });
    await store.webhooks.enqueueDeliveries(ids.map((divergenceId) => ({ webhookId: w.id, divergenceId })));
    t.same(await store.webhooks.claimDue('2000-01-01T00:00:00.000Z', at(0), 10), [], 'not due before it was stored');

    const [x, y] = await Promise.all([store.webhooks.claimDue(at(0), at(1000), 3), store.webhooks.claimDue(at(0), at(1000), 3)]);
    const claimed = [...(x ?? []), ...(y ?? [])];
    t.equal(claimed.length, 4, 'every due delivery claimed…');
    t.equal(new Set(claimed.map((d) => d.id)).size, 4, '…by one claimer only');
    t.match(claimed[0], { url: 'https://a.example/hook', secret: 'k', attempts: 0 });
    t.same(await store.webhooks.claimDue(at(500), at(1500), 10), [], 'leased rows are not claimed again');

    const [first, second, third, fourth] = claimed;
    if (!first || !second || !third || !fourth) throw new Error('four claims');
    await store.webhooks.recordAttempt(first.id, { kind: 'delivered', statusCode: 204, at: at(10) });
    await store.webhooks.recordAttempt(second.id, { kind: 'retry', statusCode: 500, error: 'HTTP 500', nextAttemptAt: at(5000) });
    await store.webhooks.recordAttempt(third.id, { kind: 'failed', statusCode: null, error: 'no answer', at: at(20) });
    await store.webhooks.releaseLease(fourth.id);
    t.match(await store.webhooks.delivery(first.id), { status: 'delivered', attempts: 1, lastStatusCode: 204, lastError: null, deliveredAt: at(10), endedAt: at(10) });
    t.match(await store.webhooks.delivery(second.id), { status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500', nextAttemptAt: at(5000), endedAt: null });
    t.match(await store.webhooks.delivery(third.id), { status: 'failed', attempts: 1, lastError: 'no answer', nextAttemptAt: null, endedAt: at(20) });
    t.match(await store.webhooks.delivery(fourth.id), { status: 'pending', attempts: 0 }, 'a released lease counts no attempt');

    t.same((await store.webhooks.claimDue(at(600), at(2000), 10)).map((d) => d.id), [fourth.id], 'a released row is due at once; a retry waits');
    await store.webhooks.recordAttempt(first.id, { kind: 'failed', statusCode: 500, error: 'late', at: at(30) });
    t.match(await store.webhooks.delivery(first.id), { status: 'delivered', attempts: 1 }, 'an ended delivery is not written again');
    t.same((await store.webhooks.claimDue(at(5000), at(20_000), 10)).map((d) => d.id).sort(), [second.id, fourth.id].sort(), 'the retry when due; an expired lease again');
  });

  t.test("failing a webhook's pending deliveries leaves its ended ones and other webhooks' alone, and a sender's late outcome too", async (t) => {
    const [d1 = 0, d2 = 0, d3 = 0] = await storeDivergences(store, 3);
    const w = await store.webhooks.createWebhook({ url: 'http://127.0.0.1/hook', secret: null, filters: {} });
    const other = await store.webhooks.createWebhook({ url: 'https://a.example/hook', secret: null, filters: {} });
    await store.webhooks.enqueueDeliveries([d1, d2, d3].map((divergenceId) => ({ webhookId: w.id, divergenceId })));
    await store.webhooks.enqueueDeliveries([{ webhookId: other.id, divergenceId: d1 }]);
    const [delivered, leased] = await store.webhooks.claimDue(at(1e9), at(2e9), 2);
    if (!delivered || !leased) throw new Error('two claims');
    await store.webhooks.recordAttempt(delivered.id, { kind: 'delivered', statusCode: 200, at: at(10) });

    t.equal(await store.webhooks.failPending(w.id, 'refused', at(50)), 2, 'the leased and the waiting one');
    await store.webhooks.recordAttempt(leased.id, { kind: 'delivered', statusCode: 200, at: at(60) });
    const rows = (await store.webhooks.deliveries(w.id, {}, { limit: 10 })).items;
    t.match(rows, [
      { status: 'failed', attempts: 0, lastError: 'refused', endedAt: at(50), nextAttemptAt: null },
      { id: leased.id, status: 'failed', attempts: 0, lastError: 'refused', endedAt: at(50) },
      { id: delivered.id, status: 'delivered', endedAt: at(10), lastError: null },
    ]);
    const [otherRow] = (await store.webhooks.deliveries(other.id, {}, { limit: 10 })).items;
    t.match(otherRow, { status: 'pending' }, "another webhook's stays pending");
    t.same((await store.webhooks.claimDue(at(1e9), at(2e9), 10)).map((d) => d.id), [otherRow?.id], 'and is the only one still claimed');
  });

  t.test('pruning deletes delivered and failed deliveries that ended before a time, however long ago they were created; pending ones stay', async (t) => {
    const ids = await storeDivergences(store, 6);
    const w = await store.webhooks.createWebhook({ url: 'https://a.example/hook', secret: null, filters: {} });
    await store.webhooks.enqueueDeliveries(ids.map((divergenceId) => ({ webhookId: w.id, divergenceId })));
    const claimed = await store.webhooks.claimDue(at(0), at(1000), 10);
    const [delivered, failed, retrying, leased, failedToo, deliveredToo] = claimed;
    if (!delivered || !failed || !retrying || !leased || !failedToo || !deliveredToo) throw new Error('six claims');
    // Every row was created now, before T0; two end at once, two after being retried for days.
    const late = 10 * 86_400_000;
    await store.webhooks.recordAttempt(delivered.id, { kind: 'delivered', statusCode: 200, at: at(10) });
    await store.webhooks.recordAttempt(deliveredToo.id, { kind: 'delivered', statusCode: 200, at: at(late) });
    await store.webhooks.recordAttempt(failed.id, { kind: 'failed', statusCode: 500, error: 'HTTP 500', at: at(10) });
    await store.webhooks.recordAttempt(failedToo.id, { kind: 'failed', statusCode: 500, error: 'HTTP 500', at: at(late) });
    await store.webhooks.recordAttempt(retrying.id, { kind: 'retry', statusCode: 500, error: 'HTTP 500', nextAttemptAt: at(5000) });

    t.equal(await store.webhooks.pruneDeliveries(at(0)), 0, 'created before the cut, but none ended before it');
    t.equal(await store.webhooks.pruneDeliveries(at(late), 1), 2, 'those that ended before the cut, one per statement');
    for (const gone of [delivered, failed]) t.equal(await store.webhooks.delivery(gone.id), undefined, `${gone.id} deleted`);
    for (const kept of [deliveredToo, failedToo]) t.match(await store.webhooks.delivery(kept.id), { endedAt: at(late) }, `${kept.id}, ended at the cut, kept`);
    t.equal(await store.webhooks.pruneDeliveries(at(1e9)), 2, 'and later they go too');
    t.match(await store.webhooks.delivery(retrying.id), { status: 'pending', attempts: 1 }, 'a retry waiting is kept');
    t.match(await store.webhooks.delivery(leased.id), { status: 'pending', attempts: 0 }, 'a delivery in flight is kept');
    t.equal(await store.webhooks.pruneDeliveries(at(1e9)), 0, 'nothing left to prune');
    t.same((await store.webhooks.deliveries(w.id, {}, { limit: 10 })).items.map((d) => d.id).sort(), [retrying.id, leased.id].sort());
  });
}
