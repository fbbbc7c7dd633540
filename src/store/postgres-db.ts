import pg from 'pg';
import type { Db, PubSub, Queryable, Row, SqlValue } from './db.js';
import { migrateSchema } from './migrate.js';

// Any fixed number: every instance takes the same lock so ingests never interleave.
const INGEST_LOCK = 7_300_511;

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async all<T extends Row = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
      const r = await client.query(numbered(sql), params);
      return r.rows as T[];
    },
    async get<T extends Row = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
      const r = await client.query(numbered(sql), params);
      return r.rows[0] as T | undefined;
    },
    async run(sql: string, params: SqlValue[] = []) {
      const r = await client.query(numbered(sql), params);
      return { changes: r.rowCount ?? 0 };
    },
  };
}

/** PostgreSQL for several API instances sharing one database. */
export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly q: Queryable;
  readonly pubsub: PubSub;

  constructor(private readonly url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 10 });
    this.q = queryable(this.pool);
    this.pubsub = {
      listen: (channel, onMessage) => this.listen(channel, onMessage),
      notify: async (channel, payload) => {
        await this.pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
      },
    };
  }

  // LISTEN needs a connection of its own that stays out of the pool.
  private async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    client.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) onMessage(n.payload);
    });
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      await client.end();
    };
  }

  all<T extends Row = Row>(sql: string, params?: SqlValue[]): Promise<T[]> {
    return this.q.all<T>(sql, params);
  }
  get<T extends Row = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined> {
    return this.q.get<T>(sql, params);
  }
  run(sql: string, params?: SqlValue[]) {
    return this.q.run(sql, params);
  }

  async exclusive<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
      const out = await fn(queryable(client));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  ilike(expr: string): string {
    return `${expr} ILIKE ? ESCAPE '\\'`;
  }

  byCodePoint(expr: string): string {
    // "C" compares UTF-8 bytes: code-point order (an index on the collated expression serves it).
    return `${expr} COLLATE "C"`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
