import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { WebhookDelivery } from '../../schemas/index.js';
import type { Test } from 'tap';
import { buildApp } from '../../src/app.js';
import type { WebhookSettings } from '../../src/config.js';
import { Feed } from '../../src/service/feed.js';
import { memoryStore, type Store } from '../../src/store/store.js';
import { seedBodies } from '../helper.js';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What a test receiver answers: a status, or 'hang' to never answer. */
export type Answer = (req: Received, index: number) => number | 'hang';

export interface Receiver {
  url(path?: string): string;
  received: Received[];
  /** Connections accepted so far. */
  connections(): number;
  /** Connections still open. */
  openConnections(): number;
  /** Requests carrying one delivery id. */
  forDelivery(id: string): Received[];
}

/** A real HTTP receiver on 127.0.0.1, closed when the test ends. It keeps idle connections open for a minute, as long as its client does. */
export async function receiver(t: Test, answer: Answer = () => 200): Promise<Receiver> {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      received.push(r);
      const status = answer(r, received.length - 1);
      if (status === 'hang') hanging.push(res);
      else res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.keepAliveTimeout = 60_000;
  let accepted = 0;
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    accepted++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  t.teardown(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    connections: () => accepted,
    openConnections: () => open.size,
    forDelivery: (id) => received.filter((r) => r.headers['x-divergence-delivery'] === id),
  };
}

/** A port on 127.0.0.1 where nothing listens (taken and given back). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The app over an in-memory store (or the given one) with fast webhook timings. Private addresses are allowed,
 * since the receivers listen on 127.0.0.1; tests of the guard pass allowPrivate: false.
 */
export async function webhookApp(t: Test, settings: Partial<WebhookSettings> = {}, shared?: Store): Promise<{ app: FastifyInstance; store: Store }> {
  const store = shared ?? (await memoryStore());
  const app = await buildApp({
    store,
    feed: new Feed(),
    config: { logLevel: 'silent', bodyLimitBytes: 1_048_576, webhooks: { pollMs: 20, retryBaseMs: 50, timeoutMs: 2_000, allowPrivate: true, ...settings } },
  });
  t.teardown(async () => {
    await app.close();
    if (!shared) await store.close();
  });
  return { app, store };
}

/** Posts the seed articles; answers the ids of the divergences they created. */
export async function ingestSeeds(app: FastifyInstance): Promise<string[]> {
  const ids: string[] = [];
  for (const body of await seedBodies()) {
    const res = await app.inject({ method: 'POST', url: '/documents', payload: body });
    if (res.statusCode !== 201) throw new Error(`POST /documents: ${res.statusCode} ${res.body}`);
    ids.push(...res.json<{ divergences: { id: string }[] }>().divergences.map((d) => d.id));
  }
  return ids;
}

export async function createWebhook(app: FastifyInstance, payload: object): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/webhooks', payload });
  if (res.statusCode !== 201) throw new Error(`POST /webhooks: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A delivery as the API answers it. */
export type DeliveryView = WebhookDelivery;

export async function deliveries(app: FastifyInstance, webhookId: string): Promise<DeliveryView[]> {
  const res = await app.inject({ method: 'GET', url: `/webhooks/${webhookId}/deliveries?limit=200` });
  if (res.statusCode !== 200) throw new Error(`deliveries: ${res.statusCode} ${res.body}`);
  return res.json<{ items: DeliveryView[] }>().items;
}

/** Polls until `done` holds; fails with `what` after the timeout. */
export async function waitFor(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
