import type { Queryable } from './db.js';
import { actorNamePrefixIndex, schemaSql } from './schema-sql.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * One change to a store made before its version was recorded. `up` must leave a store that already has the
 * change as it is: a new store gets the current schema from schema-sql.ts and then runs every step once.
 * Steps never delete stored data, only what nothing reads.
 */
export interface Migration {
  version: number;
  what: string;
  up(tx: Queryable, dialect: Dialect, at: string): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    what: 'drop event_keys (event matching by keys was removed; the table was left empty and unread)',
    async up(tx) {
      await tx.run('DROP TABLE IF EXISTS event_keys');
    },
  },
  {
    version: 2,
    what: 'webhook_deliveries.ended_at: retention counts from when a delivery ended, not when it was created',
    async up(tx, dialect, at) {
      if (!(await hasColumn(tx, dialect, 'webhook_deliveries', 'ended_at'))) await tx.run('ALTER TABLE webhook_deliveries ADD COLUMN ended_at TEXT');
      // A failed delivery did not record when it ended: counting from the upgrade keeps it a whole retention
      // period rather than pruning one that ended just before.
      await tx.run(`UPDATE webhook_deliveries SET ended_at = COALESCE(delivered_at, ?) WHERE status IN ('delivered', 'failed') AND ended_at IS NULL`, [at]);
    },
  },
  {
    version: 3,
    what: 'actor_names_prefix (PostgreSQL): surname variants are found by an index range, not a LIKE scan of every name',
    async up(tx, dialect) {
      for (const sql of actorNamePrefixIndex(dialect)) await tx.run(sql);
    },
  },
  {
    version: 4,
    what: 'statement_keys, statement_key_counts and corpus_df clustered on their keys (SQLite WITHOUT ROWID): one b-tree written per key, not a row table and its index',
    async up(tx, dialect) {
      if (dialect !== 'sqlite') return;
      for (const [table, columns] of Object.entries(CLUSTERED_ON_KEY)) await clusterOnKey(tx, table, columns);
    },
  },
];

/** The version a store is at once every migration has run. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Tables rebuilt WITHOUT ROWID by step 4, with their columns. */
const CLUSTERED_ON_KEY: Record<string, string> = {
  statement_keys: 'key, statement_id',
  statement_key_counts: 'key, n',
  corpus_df: 'key, n',
};

/** Rebuilds a SQLite table as the current schema creates it (WITHOUT ROWID), rows and all, unless it is so already. */
async function clusterOnKey(tx: Queryable, table: string, columns: string): Promise<void> {
  const current = await tx.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]);
  if (!current || /WITHOUT ROWID\s*$/i.test(current.sql)) return;
  const create = schemaSql('sqlite').find((sql) => sql.startsWith(`CREATE TABLE IF NOT EXISTS ${table} (`));
  if (!create) throw new Error(`no current schema for ${table}`);
  const rebuilt = `${table}_clustered`;
  await tx.run(create.replace(`IF NOT EXISTS ${table} (`, `${rebuilt} (`));
  await tx.run(`INSERT INTO ${rebuilt} (${columns}) SELECT ${columns} FROM ${table}`);
  await tx.run(`DROP TABLE ${table}`);
  await tx.run(`ALTER TABLE ${rebuilt} RENAME TO ${table}`);
}

async function hasColumn(tx: Queryable, dialect: Dialect, table: string, column: string): Promise<boolean> {
  const sql =
    dialect === 'sqlite'
      ? 'SELECT 1 AS found FROM pragma_table_info(?) WHERE name = ?'
      : 'SELECT 1 AS found FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?';
  return (await tx.get(sql, [table, column])) !== undefined;
}
