import t from 'tap';
import type { LookupAddress } from 'node:dns';
import pino from 'pino';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../src/config.js';
import { WebhookDispatcher } from '../../src/service/webhook-dispatcher.js';
import { memoryStore } from '../../src/store/store.js';
import { storeDivergences } from '../store/webhook-contract.js';
import { isProblem } from './problems.js';
import { deliveries, ingestSeeds, receiver, sleep, waitFor, webhookApp } from './webhook-helpers.js';

t.test('POST /webhooks refuses loopback, private, link-local and unique-local literals and localhost, and stores nothing', async (t) => {
  const { app } = await webhookApp(t, { allowPrivate: false });
  const refused = [
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'https://LocalHost./hook',
    'http://api.localhost/hook',
    'http://10.1.2.3/hook',
    'http://172.16.0.1/hook',
    'http://192.168.1.1/hook',
    'http://100.64.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0/hook',
    'http://0x7f.1/hook',
    'http://2130706433/hook',
    'http://[::1]/hook',
    'http://[::]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:169.254.169.254]/hook',
    'http://[fc00::1]/hook',
    'http://[fe80::1]/hook',
    'http://[ff02::1]/hook',
  ];
  for (const url of refused) {
    const res = await app.inject({ method: 'POST', url: '/webhooks', payload: { url } });
    isProblem(t, res, 422, 'INVALID_INPUT');
    t.match(res.json<{ detail: string }>().detail, /^url: .+ is an? [a-z-]+ address; .*WEBHOOK_ALLOW_PRIVATE=true/, `${url}: the detail says why and what allows it`);
  }
  t.same((await app.inject({ method: 'GET', url: '/webhooks' })).json<{ items: unknown[] }>().items, [], 'nothing was stored');
});

t.test('public literals and names are accepted without a request; the setting allows private ones', async (t) => {
  const { app } = await webhookApp(t, { allowPrivate: false });
  for (const url of ['http://93.184.216.34/hook', 'https://[2606:2800:220:1:248:1893:25c8:1946]/hook', 'https://hooks.example.test/hook', 'http://172.32.0.1/hook']) {
    const res = await app.inject({ method: 'POST', url: '/webhooks', payload: { url } });
    t.equal(res.statusCode, 201, url);
    t.same(await deliveries(app, res.json<{ id: string }>().id), [], `${url}: no delivery until a divergence`);
  }

  const allowing = await webhookApp(t, { allowPrivate: true });
  for (const url of ['http://127.0.0.1:9/hook', 'http://localhost/hook', 'http://[::1]/hook', 'http://169.254.169.254/']) {
    t.equal((await allowing.app.inject({ method: 'POST', url: '/webhooks', payload: { url } })).statusCode, 201, `${url} with allowPrivate`);
  }
});

t.test('a webhook stored on a private address is not sent to: the delivery fails at once with the reason', async (t) => {
  // As if registered while the setting allowed it: the check at sending time still holds, and no retry can help.
  const hook = await receiver(t);
  const { app, store } = await webhookApp(t, { allowPrivate: false, maxAttempts: 10 });
  const port = new URL(hook.url()).port;
  const literal = await store.webhooks.createWebhook({ url: hook.url('/literal'), secret: null, filters: {} });
  const named = await store.webhooks.createWebhook({ url: `http://localhost:${port}/named`, secret: null, filters: {} });
  const created = await ingestSeeds(app);
  const settled = async (id: number) => {
    const rows = await deliveries(app, `whk_${id}`);
    return rows.length === created.length && rows.every((d) => d.status === 'failed');
  };
  await waitFor('every delivery failed', async () => (await settled(literal.id)) && (await settled(named.id)));
  for (const d of await deliveries(app, `whk_${literal.id}`)) {
    t.match(d, { attempts: 1, lastStatusCode: null, lastError: 'refused: 127.0.0.1 is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)' });
  }
  for (const d of await deliveries(app, `whk_${named.id}`)) t.match(d, { attempts: 1, lastError: 'refused: localhost is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)' });
  t.equal(hook.received.length, 0, 'the receiver heard nothing');
});

t.test('a host name that resolves to a private address is refused at sending time, and retried like other failures', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const lookups: string[] = [];
  const resolve = async (host: string): Promise<LookupAddress[]> => {
    lookups.push(host);
    return [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
  };
  const settings = { ...DEFAULT_WEBHOOK_SETTINGS, pollMs: 10, retryBaseMs: 10, maxAttempts: 2 };
  const dispatcher = new WebhookDispatcher(store, settings, pino({ level: 'silent' }), { resolve });
  t.teardown(() => dispatcher.stop());
  const [divergenceId = 0] = await storeDivergences(store, 1);
  const webhook = await store.webhooks.createWebhook({ url: 'https://rebinding.example.test/hook', secret: null, filters: {} });
  await store.webhooks.enqueueDeliveries([{ webhookId: webhook.id, divergenceId }]);
  dispatcher.start();

  const row = async () => (await store.webhooks.deliveries(webhook.id, {}, { limit: 1 })).items[0];
  await waitFor('the delivery to fail', async () => (await row())?.status === 'failed');
  t.match(await row(), {
    status: 'failed',
    attempts: 2,
    lastStatusCode: null,
    lastError: 'refused: rebinding.example.test resolves to 10.0.0.7, a private address (WEBHOOK_ALLOW_PRIVATE is off)',
  });
  t.same(lookups, ['rebinding.example.test', 'rebinding.example.test'], 'resolved afresh for each attempt');
});

t.test('at start, pending deliveries of a webhook stored on a private address fail with the reason, and one warning says so', async (t) => {
  const hook = await receiver(t);
  const store = await memoryStore();
  t.teardown(() => store.close());
  // Stored while private addresses were allowed: one delivered then, two still pending; and a public webhook's.
  const [sent = 0, first = 0, second = 0, later = 0] = await storeDivergences(store, 4);
  const private_ = await store.webhooks.createWebhook({ url: hook.url('/stored'), secret: null, filters: {} });
  const public_ = await store.webhooks.createWebhook({ url: 'https://hooks.example.test/hook', secret: null, filters: {} });
  await store.webhooks.enqueueDeliveries([sent, first, second].map((divergenceId) => ({ webhookId: private_.id, divergenceId })));
  const [delivered] = await store.webhooks.claimDue('2999-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z', 1);
  await store.webhooks.recordAttempt(delivered?.id ?? 0, { kind: 'delivered', statusCode: 200, at: new Date().toISOString() });
  await store.webhooks.enqueueDeliveries([{ webhookId: public_.id, divergenceId: first }]);

  const lines: { level: number; msg: string; webhook?: string; failed?: number }[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
  const settings = { ...DEFAULT_WEBHOOK_SETTINGS, allowPrivate: false, pollMs: 10, retryBaseMs: 3_600_000 };
  const resolve = async (): Promise<LookupAddress[]> => {
    throw Object.assign(new Error('getaddrinfo ENOTFOUND hooks.example.test'), { code: 'ENOTFOUND' });
  };
  const dispatcher = new WebhookDispatcher(store, settings, log, { resolve });
  t.teardown(() => dispatcher.stop());
  dispatcher.start();

  const reason = 'refused: 127.0.0.1 is a loopback address (WEBHOOK_ALLOW_PRIVATE is off)';
  const rows = async (webhookId: number) => (await store.webhooks.deliveries(webhookId, {}, { limit: 10 })).items;
  await waitFor('the stored pending deliveries to fail', async () => (await rows(private_.id)).every((d) => d.status !== 'pending'));
  t.match(await rows(private_.id), [
    { divergenceId: second, status: 'failed', attempts: 0, lastError: reason, endedAt: String },
    { divergenceId: first, status: 'failed', attempts: 0, lastError: reason, endedAt: String },
    { divergenceId: sent, status: 'delivered', lastError: null },
  ]);

  // A delivery stored later fails at its first attempt, without retries.
  await store.webhooks.enqueueDeliveries([{ webhookId: private_.id, divergenceId: later }]);
  dispatcher.kick();
  await waitFor('the later delivery to fail', async () => (await rows(private_.id))[0]?.status === 'failed');
  t.match((await rows(private_.id))[0], { divergenceId: later, status: 'failed', attempts: 1, lastError: reason });
  await waitFor('the public webhook to be tried', async () => (await rows(public_.id))[0]?.attempts === 1);
  t.match(await rows(public_.id), [{ status: 'pending', lastError: /^ENOTFOUND/ }], "the public webhook's delivery waits for its retry");
  t.equal(hook.received.length, 0, 'the receiver heard nothing');

  await sleep(50);
  const warnings = lines.filter((l) => l.level === 40);
  t.equal(warnings.length, 1, 'one warning, for the one webhook, however many polls and deliveries since');
  t.match(warnings[0], { webhook: `whk_${private_.id}`, failed: 2, msg: `webhook not sent to: ${reason}; its deliveries fail` });
});
