// Regrouping at ingest keeps what people decided, and stores made before it keep working.
import t from 'tap';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ingestDocument } from '../../src/service/ingest.js';
import { mergeEvents } from '../../src/service/events.js';
import { memoryStore, openStore, type Store } from '../../src/store/store.js';
import { seedBodies } from '../helper.js';

/** A second report of a seed: the same text with a line of its own, so it is a new document. */
const retold = (text: string, n: number) => `${text}\n\nUpdated report ${n}.`;

async function eventOf(store: Store, documentId: number): Promise<number | null> {
  return (await store.document(documentId))?.eventId ?? null;
}

t.test('a person\'s merge sticks while documents keep arriving', async (t) => {
  const seeds = await seedBodies();
  const store = await memoryStore();
  t.teardown(() => store.close());
  const ids: number[] = [];
  for (const s of seeds) ids.push((await ingestDocument(store, s)).documentId);
  const [alaska, call] = [await eventOf(store, ids[0]!), await eventOf(store, ids[3]!)];
  t.not(alaska, call, 'the Alaska summit and the call are two events');
  await mergeEvents(store, alaska!, call!);
  // Reports of the call alone would take its documents apart from the Alaska ones, were the merge not kept.
  for (let n = 0; n < 3; n++) await ingestDocument(store, { ...seeds[3]!, text: retold(seeds[3]!.text, n) });
  const after = await Promise.all([0, 1, 3, 4].map((i) => eventOf(store, ids[i]!)));
  t.same(new Set(after), new Set([alaska]), 'the four merged documents are still one event');
});

t.test('documents of a store made before grouping kept features get them, and new ones find their events', async (t) => {
  const dir = t.testdir({});
  const seeds = await seedBodies();
  const first = await openStore({ dataDir: dir });
  const old = (await ingestDocument(first, seeds[0]!)).documentId;
  const oldEvent = await eventOf(first, old);
  await first.close();
  // As a store written before these tables: its documents have no features, keys or links.
  const raw = new Database(join(dir, 'divergence.sqlite'));
  for (const table of ['recent_event_links', 'recent_links', 'event_links', 'document_keys', 'document_features']) raw.exec(`DELETE FROM ${table}`);
  raw.close();

  const store = await openStore({ dataDir: dir });
  t.teardown(() => store.close());
  const next = (await ingestDocument(store, { ...seeds[0]!, text: retold(seeds[0]!.text, 1) })).documentId;
  t.ok(oldEvent !== null);
  t.equal(await eventOf(store, next), oldEvent, 'a second report joins the event stored before');
  t.same([...(await store.exclusive((tx) => tx.graph.digests([old]))).keys()], [old], 'the old document has features now');
});
