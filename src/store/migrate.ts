import type { Db } from './db.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { schemaSql } from './schema-sql.js';

/**
 * Creates what the current schema lacks (a new store gets all of it), then runs the migrations newer than the
 * store's recorded version, recording each. One store transaction: instances starting together on PostgreSQL
 * take turns, and a step that fails leaves the store as it was. Answers the versions it ran.
 */
export async function migrateSchema(db: Db, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  return db.exclusive(async (tx) => {
    for (const sql of schemaSql(db.dialect)) await tx.run(sql);
    const current = Number((await tx.get('SELECT MAX(version) AS version FROM schema_migrations'))?.version ?? 0);
    const at = new Date().toISOString();
    const ran: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await m.up(tx, db.dialect, at);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [m.version, at]);
      ran.push(m.version);
    }
    return ran;
  });
}
