import t from 'tap';
import { buildApp } from '../../src/app.js';
import { Feed } from '../../src/service/feed.js';
import { ReceiverConnections } from '../../src/service/webhook-connections.js';
import { sendDelivery, type SendRequest } from '../../src/service/webhook-send.js';
import { memoryStore } from '../../src/store/store.js';
import { createWebhook, deliveries, ingestSeeds, receiver, waitFor } from '../http/webhook-helpers.js';

const request = (url: string, over: Partial<SendRequest> = {}): SendRequest => ({
  url,
  body: '{"type":"divergence.created"}',
  deliveryId: 'dlv_1',
  secret: null,
  timeoutMs: 2_000,
  signal: new AbortController().signal,
  resolve: async () => [],
  allowPrivate: true,
  ...over,
});

/** Client and server sockets of this process. */
const tcpSockets = (): number => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;

t.test('deliveries to one receiver go over one kept-alive connection, which closing the pool closes', async (t) => {
  const hook = await receiver(t);
  const connections = new ReceiverConnections();
  t.teardown(() => connections.close());
  for (let i = 0; i < 3; i++) t.same(await sendDelivery(request(hook.url(), { connections })), { ok: true, statusCode: 200 });
  t.equal(hook.received.length, 3);
  t.equal(hook.connections(), 1, 'one connection for three deliveries');
  t.equal(hook.openConnections(), 1, 'left open between deliveries');

  connections.close();
  await waitFor('the receiver to see the connection closed', () => hook.openConnections() === 0, 2_000);

  // Without a pool an attempt has a connection of its own, closed after it.
  t.same(await sendDelivery(request(hook.url())), { ok: true, statusCode: 200 });
  t.equal(hook.connections(), 2);
  await waitFor('the one-off connection to close', () => hook.openConnections() === 0, 2_000);
});

t.test('the app delivers over kept-alive connections and closes them when it closes, leaving no socket behind', async (t) => {
  const hook = await receiver(t);
  const before = tcpSockets();
  const store = await memoryStore();
  t.teardown(() => store.close());
  const app = await buildApp({ store, feed: new Feed(), config: { logLevel: 'silent', bodyLimitBytes: 1_048_576, webhooks: { pollMs: 20, allowPrivate: true } } });
  const webhookId = await createWebhook(app, { url: hook.url() });
  const created = await ingestSeeds(app);
  await waitFor('every delivery delivered', async () => (await deliveries(app, webhookId)).filter((d) => d.status === 'delivered').length === created.length);
  t.equal(hook.received.length, created.length, 'each delivered once');
  t.ok(hook.openConnections() > 0, 'connections stay open after the deliveries');

  await app.close();
  await waitFor('the receiver to see every connection closed', () => hook.openConnections() === 0, 2_000);
  await waitFor('no socket left open', () => tcpSockets() <= before, 2_000);
  t.pass('closed without waiting for the receiver, which would keep them a minute');
});
