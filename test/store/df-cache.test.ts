// The in-memory document frequencies must never answer differently from the table: not after a
// rolled-back ingest, not after another process wrote to the same file.
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DfCache } from '../../src/store/df-cache.js';
import { openStore, type Store } from '../../src/store/store.js';

t.test('the cache answers only for the document count it was filled at', async (t) => {
  const c = new DfCache();
  t.same(c.missing(['a', 'b'], 3), ['a', 'b'], 'empty at first');
  c.fill(new Map([['a', 2]]), ['a', 'b'], 3);
  t.same(c.missing(['a', 'b', 'c'], 3), ['c']);
  const df = c.reader(new Set(['a', 'b']));
  t.same([df('a'), df('b')], [2, 0], 'absent keys are cached as 0');
  c.fill(new Map([['c', 5]]), ['c'], 3);
  t.equal(df('c'), 0, 'a key not asked for reads 0, even once the cache knows it');
  t.equal(df('a'), 2, 'a fill of other keys changes no answer');
  c.committed(['a', 'b', 'a'], 3);
  t.throws(() => df('a'), /after they changed/, 'a reader made before a commit answers no more');
  t.same(c.missing(['a', 'b'], 4), []);
  const after = c.reader(new Set(['a', 'b']));
  t.same([after('a'), after('b')], [3, 1], 'a committed document counts each key once');
  t.same(c.missing(['a'], 6), ['a'], 'another writer changed the count: everything is read again');
  t.throws(() => after('a'), /after they changed/, 'nor one made before the cache was emptied');
  c.fill(new Map([['a', 9]]), ['a'], 5);
  t.same(c.missing(['a'], 6), ['a'], 'a fill for a stale count is ignored');
  c.committed(['a'], 2);
  t.same(c.missing(['a'], 3), ['a'], 'a commit against a stale count empties it');
});

function docRow(hash: string) {
  return { hash, title: null, outlet: null, url: null, publishedAt: null, text: hash, eventId: null };
}

/** What one ingest does to the statistics: read, count the keys, store the document. */
async function countDocument(store: Store, hash: string, keys: string[]): Promise<void> {
  await store.exclusive(async (tx) => {
    const before = await tx.corpusFrequencies(keys);
    await tx.addDocumentFrequencies(keys, before.documents);
    await tx.insertDocument(docRow(hash));
  });
}

t.test('a store answers as its table does, across rollbacks and other writers', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'divergence-df-'));
  const one = await openStore({ dataDir: dir });
  const other = await openStore({ dataDir: dir });
  t.teardown(async () => {
    await one.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const read = async (s: Store, keys: string[]) =>
    s.exclusive(async (tx) => {
      const { df } = await tx.corpusFrequencies(keys);
      return Object.fromEntries(keys.map((k) => [k, df(k)]));
    });

  await countDocument(one, 'd1', ['p:putin', 'n:call']);
  t.same(await read(one, ['p:putin', 'n:call']), { 'p:putin': 1, 'n:call': 1 });
  await countDocument(one, 'd2', ['p:putin']);
  t.same(await read(one, ['p:putin', 'n:call']), { 'p:putin': 2, 'n:call': 1 }, 'cached counts follow committed ingests');

  await t.rejects(
    one.exclusive(async (tx) => {
      const before = await tx.corpusFrequencies(['p:putin']);
      await tx.addDocumentFrequencies(['p:putin'], before.documents);
      await tx.insertDocument(docRow('d3'));
      throw new Error('analysis failed');
    }),
  );
  t.same(await read(one, ['p:putin']), { 'p:putin': 2 }, 'a rolled-back ingest counts nothing');

  await countDocument(other, 'd4', ['p:putin', 'n:summit']);
  t.same(await read(one, ['p:putin', 'n:summit']), { 'p:putin': 3, 'n:summit': 1 }, 'a write by another store on the same file is seen');
  t.same(Object.fromEntries(await one.documentFrequencies(['p:putin', 'n:summit'])), await read(one, ['p:putin', 'n:summit']), 'same as the table');
});
