import t from 'tap';
import { memoryStore } from '../../src/store/store.js';
import { closedPort, createWebhook, deliveries, ingestSeeds, receiver, sleep, waitFor, webhookApp } from './webhook-helpers.js';

t.test('a receiver answering 500 then 200 gets a retry after the backoff; the delivery ends delivered after 2 attempts', async (t) => {
  const answered = new Set<string>();
  const hook = await receiver(t, (r) => {
    const id = String(r.headers['x-divergence-delivery']);
    if (answered.has(id)) return 200;
    answered.add(id);
    return 500;
  });
  const { app } = await webhookApp(t, { retryBaseMs: 300 });
  const webhook = await createWebhook(app, { url: hook.url() });
  const created = await ingestSeeds(app);

  // Between the attempts the delivery is pending, with the failure and when it is retried.
  await waitFor('a first failed attempt', async () => (await deliveries(app, webhook)).some((d) => d.attempts === 1 && d.status === 'pending'));
  const waiting = (await deliveries(app, webhook)).find((d) => d.attempts === 1 && d.status === 'pending');
  t.match(waiting, { lastStatusCode: 500, lastError: 'HTTP 500', deliveredAt: null });
  t.ok(waiting?.nextAttemptAt && waiting.nextAttemptAt > waiting.createdAt, 'the next attempt is scheduled later');

  await waitFor('every delivery delivered', async () => (await deliveries(app, webhook)).filter((d) => d.status === 'delivered').length === created.length);
  for (const d of await deliveries(app, webhook)) {
    t.match(d, { status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    const tries = hook.forDelivery(d.id);
    t.equal(tries.length, 2, `${d.id} was POSTed twice`);
    t.equal(tries[0]?.body, tries[1]?.body, 'the retry carries the same body');
    t.ok((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0) >= 250, 'the retry waited for the backoff');
  }
});

t.test('a receiver that always fails: failed after the maximum attempts, with growing waits, then left alone', async (t) => {
  const hook = await receiver(t, () => 503);
  const { app } = await webhookApp(t, { maxAttempts: 3, retryBaseMs: 100 });
  const webhook = await createWebhook(app, { url: hook.url() });
  const created = await ingestSeeds(app);
  await waitFor('every delivery failed', async () => (await deliveries(app, webhook)).filter((d) => d.status === 'failed').length === created.length);
  for (const d of await deliveries(app, webhook)) {
    t.match(d, { status: 'failed', attempts: 3, lastStatusCode: 503, lastError: 'HTTP 503', nextAttemptAt: null, deliveredAt: null });
    const at = hook.forDelivery(d.id).map((r) => r.at);
    t.equal(at.length, 3, `${d.id}: three attempts`);
    const [a = 0, b = 0, c = 0] = at;
    t.ok(b - a >= 80 && c - b >= 180, `backoff doubles (${b - a} ms, then ${c - b} ms)`);
  }
  const count = hook.received.length;
  await sleep(400);
  t.equal(hook.received.length, count, 'a failed delivery is not tried again');
});

t.test('no answer within the timeout, or no connection, is a failed attempt', async (t) => {
  const hook = await receiver(t, () => 'hang');
  const { app } = await webhookApp(t, { maxAttempts: 1, timeoutMs: 150 });
  const slow = await createWebhook(app, { url: hook.url('/slow') });
  const refused = await createWebhook(app, { url: `http://127.0.0.1:${await closedPort()}/nothing-listens-here` });
  const started = Date.now();
  const created = await ingestSeeds(app);
  await waitFor('every delivery failed', async () => {
    const all = [...(await deliveries(app, slow)), ...(await deliveries(app, refused))];
    return all.length === 2 * created.length && all.every((d) => d.status === 'failed');
  });
  t.ok(Date.now() - started < 5_000, 'the timeout is the configured one, not the default');
  for (const d of await deliveries(app, slow)) t.match(d, { attempts: 1, lastStatusCode: null, lastError: 'no answer within 150 ms' });
  for (const d of await deliveries(app, refused)) t.match(d, { attempts: 1, lastStatusCode: null, lastError: /ECONNREFUSED/ });
});

t.test('DELETE stops deliveries, also those waiting for a retry', async (t) => {
  const hook = await receiver(t, (r) => (r.path === '/kept' ? 200 : 500));
  const { app } = await webhookApp(t, { retryBaseMs: 100, maxAttempts: 10 });
  const gone = await createWebhook(app, { url: hook.url('/gone') });
  const retried = await createWebhook(app, { url: hook.url('/retried') });
  await createWebhook(app, { url: hook.url('/kept') });
  t.equal((await app.inject({ method: 'DELETE', url: `/webhooks/${gone}` })).statusCode, 204);
  const created = await ingestSeeds(app);
  await waitFor('first attempts at the failing webhook', () => hook.received.filter((r) => r.path === '/retried').length >= created.length);
  t.equal((await app.inject({ method: 'DELETE', url: `/webhooks/${retried}` })).statusCode, 204);
  const after = hook.received.filter((r) => r.path === '/retried').length;
  await waitFor('the kept webhook', () => hook.received.filter((r) => r.path === '/kept').length === created.length);
  await sleep(500);
  t.equal(hook.received.filter((r) => r.path === '/gone').length, 0, 'a webhook deleted before the divergence gets nothing');
  t.ok(hook.received.filter((r) => r.path === '/retried').length <= after + created.length, 'at most the attempts in flight at DELETE');
  const settled = hook.received.filter((r) => r.path === '/retried').length;
  await sleep(400);
  t.equal(hook.received.filter((r) => r.path === '/retried').length, settled, 'no retry after DELETE');
});

t.test('pending deliveries survive a restart, and a shutdown gives back the attempt in flight', async (t) => {
  let up = false;
  const hook = await receiver(t, () => (up ? 200 : 'hang'));
  const store = await memoryStore();
  t.teardown(() => store.close());

  const first = await webhookApp(t, { timeoutMs: 60_000 }, store);
  const webhook = await createWebhook(first.app, { url: hook.url() });
  const created = await ingestSeeds(first.app);
  await waitFor('attempts in flight', () => hook.received.length === created.length);
  const closing = Date.now();
  await first.app.close();
  t.ok(Date.now() - closing < 2_000, 'closing does not wait for the hanging receiver');
  const left = await store.webhooks.deliveries(Number(webhook.slice(4)), {}, { limit: 100 });
  t.equal(left.items.length, created.length);
  t.ok(left.items.every((d) => d.status === 'pending' && d.attempts === 0), 'an interrupted attempt is not counted');

  up = true;
  const second = await webhookApp(t, {}, store);
  await second.app.ready();
  await waitFor('the restarted server to deliver', async () => (await deliveries(second.app, webhook)).every((d) => d.status === 'delivered'));
  t.ok((await deliveries(second.app, webhook)).every((d) => d.attempts === 1 && d.lastStatusCode === 200));
  t.equal(hook.received.length, 2 * created.length, 'each delivery sent once more, by the new server');
});
