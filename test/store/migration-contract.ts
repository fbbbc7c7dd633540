import type { Test } from 'tap';
import type { Db } from '../../src/store/db.js';
import { migrateSchema } from '../../src/store/migrate.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../src/store/migrations.js';
import type { Store } from '../../src/store/store.js';
import { schemaV0Sql } from './schema-v0.js';

// A store made before migrations were recorded opens on the current code: run by sqlite.test.ts and postgres.test.ts.

/** One empty place for a store: its driver, not yet migrated, and a way to open it as the service does. */
export interface StorePlace {
  raw(): Db;
  open(): Promise<Store>;
}

const AT = '2025-05-20T10:00:00.000Z';
const DELIVERED_AT = '2025-05-21T10:00:00.000Z';

interface V0Rows {
  eventId: number;
  documentId: number;
  divergenceId: number;
  webhookId: number;
  /** A delivered, a failed and a pending delivery. */
  deliveries: { delivered: number; failed: number; pending: number };
}

/**
 * The rows an old store holds: one event with keys, a document, two statements, a flagged divergence, and a
 * webhook with deliveries that ended (or not) without recording when.
 */
async function fillV0(db: Db): Promise<V0Rows> {
  const id = async (sql: string, params: (string | number | null)[]): Promise<number> => Number((await db.get(`${sql} RETURNING id`, params))?.id);
  const eventId = await id(`INSERT INTO events (title, title_locked, summary, date_from, date_to, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?)`, [
    'Trump–Putin call',
    '{"label":"call"}',
    '2025-05-19',
    '2025-05-20',
    AT,
    AT,
  ]);
  for (const key of ['p:putin', 'p:trump']) await db.run(`INSERT INTO event_keys (key, event_id) VALUES (?, ?)`, [key, eventId]);
  const documentId = await id(`INSERT INTO documents (hash, title, outlet, url, published_at, text, event_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
    'h1',
    'The call',
    'Outlet',
    null,
    '2025-05-20',
    'Trump said talks would start. Putin said talks were possible.',
    eventId,
    AT,
  ]);
  const statement = (text: string, start: number): Promise<number> =>
    id(
      `INSERT INTO statements (document_id, actor_id, speaker, text, start_at, end_at, mode, kind, about, cue, event_id, created_at)
       VALUES (?, NULL, ?, ?, ?, ?, 'indirect', 'stated', '[]', 'said', ?, ?)`,
      [documentId, 'an official', text, start, start + text.length, eventId, AT],
    );
  const a = await statement('talks would start', 11);
  const b = await statement('talks were possible', 41);
  const divergenceId = await id(
    `INSERT INTO divergences (a_id, b_id, kind, score, relatedness, flagged, components, cues, event_id, created_at) VALUES (?, ?, 'contradiction', 0.9, 0.8, 1, '{}', '[]', ?, ?)`,
    [a, b, eventId, AT],
  );
  const webhookId = await id(`INSERT INTO webhooks (url, secret, filters, created_at) VALUES (?, NULL, '{}', ?)`, ['https://a.example.test/hook', AT]);
  const delivery = (divergence: number, status: string, deliveredAt: string | null): Promise<number> =>
    id(
      `INSERT INTO webhook_deliveries (webhook_id, divergence_id, status, attempts, next_attempt_at, delivered_at, created_at) VALUES (?, ?, ?, 1, ?, ?, ?)`,
      [webhookId, divergence, status, status === 'pending' ? AT : null, deliveredAt, AT],
    );
  // A divergence may have one delivery per webhook: two more divergences, each with a statement of its own.
  const more = async (): Promise<number> =>
    id(`INSERT INTO divergences (a_id, b_id, kind, score, relatedness, flagged, components, cues, event_id, created_at) VALUES (?, ?, 'quote-variant', 0.1, 0.8, 0, '{}', '[]', NULL, ?)`, [
      await statement('talks', 11),
      a,
      AT,
    ]);
  const deliveries = {
    delivered: await delivery(divergenceId, 'delivered', DELIVERED_AT),
    failed: await delivery(await more(), 'failed', null),
    pending: await delivery(await more(), 'pending', null),
  };
  return { eventId, documentId, divergenceId, webhookId, deliveries };
}

async function versions(db: Db): Promise<number[]> {
  return (await db.all('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r.version));
}

/** Whether names by prefix are an index range: SQLite's primary key sorts by code point, PostgreSQL needs actor_names_prefix. */
async function prefixIndexed(db: Db): Promise<boolean> {
  if (db.dialect === 'sqlite') return (await db.get("SELECT 1 AS found FROM sqlite_master WHERE name = 'sqlite_autoindex_actor_names_1'")) !== undefined;
  return (await db.get("SELECT 1 AS found FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'actor_names_prefix'")) !== undefined;
}

export function migrationContract(t: Test, place: () => Promise<StorePlace>): void {
  const allVersions = MIGRATIONS.map((m) => m.version).sort((a, b) => a - b);

  t.test('a store made with the old schema migrates, keeps its data, and loses only event_keys', async (t) => {
    const p = await place();
    const old = p.raw();
    for (const sql of schemaV0Sql(old.dialect)) await old.run(sql);
    const ids = await fillV0(old);
    await old.close();
    const upgradedFrom = new Date().toISOString();

    for (const round of ['first', 'second']) {
      const store = await p.open();
      await store.ready();
      t.same(await store.counts(), { documents: 1, statements: 4, events: 1, divergences: 1 }, `${round} open: every row kept`);
      t.match(await store.document(ids.documentId), { hash: 'h1', eventId: ids.eventId, text: /^Trump said/ });
      t.same((await store.statementsOfDocument(ids.documentId)).map((s) => s.text), ['talks would start', 'talks', 'talks', 'talks were possible']);
      t.match(await store.divergence(ids.divergenceId), { kind: 'contradiction', score: 0.9, eventId: ids.eventId });
      t.match(await store.webhooks.webhook(ids.webhookId), { url: 'https://a.example.test/hook' });
      const { delivered, failed, pending } = ids.deliveries;
      t.match(await store.webhooks.delivery(delivered), { status: 'delivered', deliveredAt: DELIVERED_AT, endedAt: DELIVERED_AT }, 'a delivered one ended when it was delivered');
      const failedRow = await store.webhooks.delivery(failed);
      t.match(failedRow, { status: 'failed', endedAt: String }, 'a failed one counts from the upgrade…');
      t.ok((failedRow?.endedAt ?? '') >= upgradedFrom, '…not from before it');
      t.match(await store.webhooks.delivery(pending), { status: 'pending', endedAt: null }, 'a pending one has not ended');
      await store.close();
    }

    const db = p.raw();
    t.teardown(() => db.close());
    await t.rejects(db.get('SELECT 1 FROM event_keys'), 'event_keys is gone');
    t.same(await versions(db), allVersions, 'every migration recorded once');
    t.ok(await prefixIndexed(db), 'actor names have an index in code-point order');
    t.same(await migrateSchema(db), [], 'opening again runs none');
  });

  t.test('a new store is created at the current version', async (t) => {
    const p = await place();
    const store = await p.open();
    await store.close();
    const db = p.raw();
    t.teardown(() => db.close());
    t.same(await versions(db), allVersions);
    t.equal(allVersions.at(-1), SCHEMA_VERSION);
    t.ok(await prefixIndexed(db), 'actor names have an index in code-point order');
    await t.rejects(db.get('SELECT 1 FROM event_keys'), 'no event_keys');
  });

  t.test('step 3 gives a store of the old schema an index of actor names in code-point order', async (t) => {
    const p = await place();
    const db = p.raw();
    t.teardown(() => db.close());
    for (const sql of schemaV0Sql(db.dialect)) await db.run(sql);
    const step = MIGRATIONS.find((m) => m.version === 3);
    if (!step) throw new Error('no step 3');
    await db.exclusive((tx) => step.up(tx, db.dialect, AT));
    t.ok(await prefixIndexed(db));
    await t.resolves(db.exclusive((tx) => step.up(tx, db.dialect, AT)), 'running it again changes nothing');
  });

  t.test('step 4 clusters the key tables on their keys (SQLite), keeping every row and the cascade', async (t) => {
    const p = await place();
    const db = p.raw();
    t.teardown(() => db.close());
    for (const sql of schemaV0Sql(db.dialect)) await db.run(sql);
    const ids = await fillV0(db);
    const statementId = Number((await db.get('SELECT MIN(id) AS id FROM statements WHERE document_id = ?', [ids.documentId]))?.id);
    for (const key of ['a:putin', 'w:talk']) await db.run('INSERT INTO statement_keys (key, statement_id) VALUES (?, ?)', [key, statementId]);
    await db.run("INSERT INTO statement_key_counts (key, n) VALUES ('a:putin', 1), ('w:talk', 3)");
    await db.run("INSERT INTO corpus_df (key, n) VALUES ('p:putin', 2), ('n:call', 1)");
    const rows = async () => ({
      keys: await db.all('SELECT key, statement_id FROM statement_keys ORDER BY key'),
      counts: await db.all('SELECT key, n FROM statement_key_counts ORDER BY key'),
      df: await db.all('SELECT key, n FROM corpus_df ORDER BY key'),
    });
    const before = await rows();
    await migrateSchema(db);
    t.same(await rows(), before, 'every row kept');
    if (db.dialect === 'sqlite') {
      const sql = await db.all("SELECT name, sql FROM sqlite_master WHERE name IN ('statement_keys', 'statement_key_counts', 'corpus_df') ORDER BY name");
      t.same(sql.map((r) => [r.name, /WITHOUT ROWID$/.test(String(r.sql))]), [['corpus_df', true], ['statement_key_counts', true], ['statement_keys', true]]);
    }
    await db.run('DELETE FROM divergences');
    await db.run('DELETE FROM statements WHERE id = ?', [statementId]);
    t.same(await db.all('SELECT key FROM statement_keys'), [], "a statement's keys still go with it");
    t.same(await migrateSchema(db), [], 'nothing left to run');
  });

  t.test('a migration that fails leaves the store as it was, unrecorded, to run again at the next open', async (t) => {
    const p = await place();
    const old = p.raw();
    t.teardown(() => old.close());
    for (const sql of schemaV0Sql(old.dialect)) await old.run(sql);
    const failing: Migration = {
      version: SCHEMA_VERSION + 1,
      what: 'fails halfway',
      async up(tx) {
        await tx.run('CREATE TABLE half_done (x INTEGER)');
        throw new Error('step failed');
      },
    };
    await t.rejects(migrateSchema(old, [...MIGRATIONS, failing]), /step failed/);
    await t.resolves(old.get('SELECT 1 AS ok FROM event_keys LIMIT 1'), 'the earlier steps were rolled back too');
    await t.rejects(old.get('SELECT 1 FROM half_done'), 'the failing step left nothing');
    t.same(await migrateSchema(old), allVersions, 'the next open runs them all');
  });
}
