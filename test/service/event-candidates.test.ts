// Ingest ranks a document's statements against their event from one read of its postings: the ranking
// must be what a query of the store per statement would answer (keys in common first, then newest),
// before and after the document's own statements are indexed.
import t from 'tap';
import { EventPostings } from '../../src/service/event-candidates.js';
import type { Mutations } from '../../src/store/mutations.js';
import { SqliteDb } from '../../src/store/sqlite-db.js';
import { Store } from '../../src/store/store.js';

/** The ranking as one SQL query per statement (what ingest asked before EventPostings). */
async function statementsInEvent(db: SqliteDb, eventKey: string, rankKeys: string[], limit: number): Promise<number[]> {
  const keys = [eventKey, ...rankKeys.filter((k) => k !== eventKey)];
  const rows = await db.all(
    `SELECT k.statement_id, COUNT(*) AS shared FROM statement_keys k
     WHERE k.key IN (${keys.map(() => '?').join(', ')})
       AND EXISTS (SELECT 1 FROM statement_keys e WHERE e.key = ? AND e.statement_id = k.statement_id)
     GROUP BY k.statement_id ORDER BY shared DESC, k.statement_id DESC LIMIT ?`,
    [...keys, eventKey, limit],
  );
  return rows.map((r) => Number(r.statement_id));
}

async function keyed(tx: Mutations, documentId: number, eventId: number, keys: string[]): Promise<number> {
  const s = await tx.insertStatement({ documentId, actorId: null, speaker: 'x', text: keys.join(' '), start: 0, end: 1, mode: 'direct', kind: null, about: [], cue: null, eventId });
  await tx.insertStatementKeys(s, keys);
  return s;
}

t.test('rankings from one read of postings are those of a query per statement', async (t) => {
  const db = new SqliteDb(':memory:');
  await db.migrate();
  const store = new Store(db);
  t.teardown(() => store.close());
  const { d, e } = await store.exclusive(async (tx) => {
    const e = await tx.insertEvent({ title: 'E', summary: {}, from: null, to: null });
    const d = await tx.insertDocument({ hash: 'h', title: null, outlet: null, url: null, publishedAt: null, text: 't', eventId: e });
    for (const keys of [['ev:r'], ['ev:r', 'a:putin'], ['ev:r', 'a:putin', 'w:ceasefir'], ['ev:r', 'w:talk'], ['ev:other', 'a:putin', 'w:ceasefir']]) await keyed(tx, d, e, keys);
    return { d, e };
  });
  const lists = [['a:putin'], ['a:putin', 'w:ceasefir'], ['w:talk', 'w:ceasefir'], []];
  const postings = await store.exclusive((tx) => EventPostings.read(tx, 'ev:r', lists));
  for (const keys of lists)
    for (const limit of [1, 2, 10]) t.same(postings.rank(keys, limit), await statementsInEvent(db, 'ev:r', keys, limit), `${keys.join(',')} / ${limit}`);

  // A statement of the document itself, indexed after the read, ranks as it would in the store.
  const added = await store.exclusive((tx) => keyed(tx, d, e, ['ev:r', 'a:putin', 'w:talk']));
  postings.add(added, ['ev:r', 'a:putin', 'w:talk']);
  postings.add(added + 1, ['ev:other', 'a:putin']);
  for (const keys of lists) t.same(postings.rank(keys, 10), await statementsInEvent(db, 'ev:r', keys, 10), `after add: ${keys.join(',')}`);
  t.throws(() => postings.rank(['w:unread'], 5), /was not read/, 'a key whose postings were not read cannot rank');
});
