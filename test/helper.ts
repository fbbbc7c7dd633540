import type { FastifyInstance } from 'fastify';
import type { Test } from 'tap';
import { buildApp } from '../src/app.js';
import { Feed } from '../src/service/feed.js';
import { readSeeds } from '../src/service/seeds.js';
import { ingestDocument } from '../src/service/ingest.js';
import { memoryStore, type Store } from '../src/store/store.js';

export const SEED_DIR = new URL('../seeds/', import.meta.url).pathname;

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  feed: Feed;
}

/** The app over a private in-memory store, closed when the test ends. */
export async function build(t: Test, options: { bodyLimitBytes?: number } = {}): Promise<TestApp> {
  const store = await memoryStore();
  const feed = new Feed();
  const app = await buildApp({ store, feed, config: { logLevel: 'silent', bodyLimitBytes: options.bodyLimitBytes ?? 1_048_576 } });
  t.teardown(async () => {
    await app.close();
    await store.close();
  });
  return { app, store, feed };
}

/** The seed articles in manifest order, as POST /documents bodies. */
export async function seedBodies() {
  return readSeeds(SEED_DIR);
}

export async function ingestSeedsDirect(store: Store): Promise<void> {
  for (const seed of await seedBodies()) await ingestDocument(store, seed);
}

/** Every item of a cursor-paginated list. */
export async function allPages<T>(app: FastifyInstance, url: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await app.inject({ method: 'GET', url: `${url}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}` });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    const body: { items: T[]; nextCursor: string | null } = res.json();
    items.push(...body.items);
    cursor = body.nextCursor;
  }
  return items;
}
