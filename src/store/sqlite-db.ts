import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Queryable, Row, SqlValue } from './db.js';
import { migrateSchema } from './migrate.js';
import { Mutex } from './mutex.js';

/** better-sqlite3 behind the async Db interface; calls are synchronous underneath. */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly writes = new Mutex();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // An ingest dirties a few hundred pages (keys and counts all over their b-trees): checkpointing every
    // 1,000 WAL pages (the default) copied the same hot pages back and synced the file every few ingests.
    this.db.pragma('wal_autocheckpoint = 10000');
  }

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async all<T extends Row = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async get<T extends Row = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
    return { changes: this.prepare(sql).run(...params).changes };
  }

  async exclusive<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.writes.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this);
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    });
  }

  ilike(expr: string): string {
    // SQLite's LIKE is case-insensitive for ASCII.
    return `${expr} LIKE ? ESCAPE '\\'`;
  }

  byCodePoint(expr: string): string {
    // The default BINARY collation compares UTF-8 bytes: code-point order.
    return expr;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
