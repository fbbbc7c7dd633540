import type { Queryable } from './db.js';

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
];

/** The version a store is at once every migration has run. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
