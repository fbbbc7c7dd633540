import t, { type Test } from 'tap';
import pino from 'pino';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../../src/config.js';
import { PRUNE_EVERY_MS, WebhookDispatcher } from '../../src/service/webhook-dispatcher.js';
import { memoryStore, type Store } from '../../src/store/store.js';
import { storeDivergences } from '../store/webhook-contract.js';
import { waitFor } from '../http/webhook-helpers.js';

const DAY = 86_400_000;
const FAR = '2999-01-01T00:00:00.000Z';

/** n deliveries stored now: the first delivered, the second failed, the rest pending with a retry far off. */
async function deliveriesEnded(store: Store, n: number): Promise<{ webhookId: number; ids: number[] }> {
  const divergences = await storeDivergences(store, n);
  const w = await store.webhooks.createWebhook({ url: 'https://a.example.test/hook', secret: null, filters: {} });
  await store.webhooks.enqueueDeliveries(divergences.map((divergenceId) => ({ webhookId: w.id, divergenceId })));
  const claimed = await store.webhooks.claimDue(FAR, FAR, n);
  for (const [i, d] of claimed.entries()) {
    if (i === 0) await store.webhooks.recordAttempt(d.id, { kind: 'delivered', statusCode: 200, at: new Date().toISOString() });
    else if (i === 1) await store.webhooks.recordAttempt(d.id, { kind: 'failed', statusCode: 500, error: 'HTTP 500', at: new Date().toISOString() });
    else await store.webhooks.recordAttempt(d.id, { kind: 'retry', statusCode: 500, error: 'HTTP 500', nextAttemptAt: FAR });
  }
  return { webhookId: w.id, ids: claimed.map((d) => d.id) };
}

async function statuses(store: Store, webhookId: number): Promise<string[]> {
  return (await store.webhooks.deliveries(webhookId, {}, { limit: 100 })).items.map((d) => d.status).sort();
}

function dispatcherAt(t: Test, store: Store, clock: { now: number }, settings: Partial<WebhookSettings> = {}): WebhookDispatcher {
  const dispatcher = new WebhookDispatcher(store, { ...DEFAULT_WEBHOOK_SETTINGS, retentionDays: 30, pollMs: 10, ...settings }, pino({ level: 'silent' }), {
    now: () => clock.now,
    resolve: async () => {
      throw new Error('no delivery is due in these tests');
    },
  });
  t.teardown(() => dispatcher.stop());
  return dispatcher;
}

t.test('ended deliveries older than the retention are pruned, at most once an hour; pending ones never', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const stored = await deliveriesEnded(store, 3);
  const clock = { now: Date.now() + 30 * DAY - 60_000 };
  const dispatcher = dispatcherAt(t, store, clock);

  t.equal(await dispatcher.pruneIfDue(), 0, 'the first call prunes: nothing is 30 days old yet');
  t.same(await statuses(store, stored.webhookId), ['delivered', 'failed', 'pending']);
  clock.now += 2 * 60_000;
  t.equal(await dispatcher.pruneIfDue(), null, 'past the retention now, but pruned two minutes ago: not yet');
  t.same(await statuses(store, stored.webhookId), ['delivered', 'failed', 'pending']);
  clock.now += PRUNE_EVERY_MS - 2 * 60_000;
  t.equal(await dispatcher.pruneIfDue(), 2, 'an hour after the last prune: the delivered and the failed delivery go');
  t.same(await statuses(store, stored.webhookId), ['pending'], 'the pending one stays');
  clock.now += 100 * DAY;
  t.equal(await dispatcher.pruneIfDue(), 0);
  t.same(await statuses(store, stored.webhookId), ['pending'], 'whatever its age');
});

t.test('a started dispatcher prunes at once', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const { webhookId } = await deliveriesEnded(store, 3);
  const clock = { now: Date.now() + 31 * DAY };
  const dispatcher = dispatcherAt(t, store, clock);
  dispatcher.start();
  await waitFor('the prune at start', async () => (await statuses(store, webhookId)).length === 1);
  t.same(await statuses(store, webhookId), ['pending']);
  t.equal(await dispatcher.pruneIfDue(), null, 'and not again within the hour');
});

t.test('a delivery that fails after weeks of retries is kept for the whole retention from when it failed', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const [divergenceId = 0] = await storeDivergences(store, 1);
  const w = await store.webhooks.createWebhook({ url: 'https://a.example.test/hook', secret: null, filters: {} });
  await store.webhooks.enqueueDeliveries([{ webhookId: w.id, divergenceId }]);
  // Its last attempt comes 40 days after it was created, and fails for good.
  const clock = { now: Date.now() + 40 * DAY };
  const dispatcher = dispatcherAt(t, store, clock, { maxAttempts: 1 });
  dispatcher.start();
  const row = async () => (await store.webhooks.deliveries(w.id, {}, { limit: 1 })).items[0];
  await waitFor('the delivery to fail', async () => (await row())?.status === 'failed');
  t.match(await row(), { status: 'failed', endedAt: new Date(clock.now).toISOString() });

  clock.now += PRUNE_EVERY_MS;
  t.equal(await dispatcher.pruneIfDue(), 0, 'created 40 days ago, but ended an hour ago: kept');
  clock.now += 29 * DAY;
  t.equal(await dispatcher.pruneIfDue(), 0, 'still within 30 days of its end');
  clock.now += DAY;
  t.equal(await dispatcher.pruneIfDue(), 1, '30 days after it ended it goes');
  t.same(await statuses(store, w.id), []);
});
