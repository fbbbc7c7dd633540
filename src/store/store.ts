import type { Db, PubSub } from './db.js';
import { DfCache } from './df-cache.js';
import { Mutations } from './mutations.js';
import { ParsedCache } from './parsed-cache.js';
import { Queries } from './queries.js';
import { PostgresDb } from './postgres-db.js';
import { SqliteDb } from './sqlite-db.js';
import { schemaTables } from './schema-sql.js';
import { WebhookStore } from './webhooks.js';
import { join } from 'node:path';

/** The one storage interface of the service: reads on the shared connection, writes in `exclusive`. */
export class Store extends Queries {
  private readonly dfCache = new DfCache();
  /** Webhooks and their deliveries (outside the ingest transaction). */
  readonly webhooks: WebhookStore;

  constructor(
    private readonly db: Db,
    private readonly summaryCache: ParsedCache = new ParsedCache(),
  ) {
    super(db, db);
    this.webhooks = new WebhookStore(db);
  }

  /** Resolves when the store answers for every table of the schema (it is up and has migrated); throws otherwise. */
  async ready(): Promise<void> {
    for (const table of schemaTables()) await this.db.get(`SELECT 1 AS ok FROM ${table} LIMIT 1`);
  }

  get dialect(): 'sqlite' | 'postgres' {
    return this.db.dialect;
  }

  /** Notifications between instances sharing the store, where the store offers them. */
  get pubsub(): PubSub | undefined {
    return this.db.pubsub;
  }

  /** One transaction, serialised against every other write, across instances on PostgreSQL. */
  async exclusive<T>(fn: (tx: Mutations) => Promise<T>): Promise<T> {
    let tx: Mutations | null = null;
    try {
      const out = await this.db.exclusive((q) => fn((tx = new Mutations(q, this.db, this.dfCache, this.summaryCache))));
      (tx as Mutations | null)?.commitCache();
      return out;
    } catch (err) {
      this.dfCache.clear();
      throw err;
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

export interface StoreConfig {
  dataDir: string;
  databaseUrl?: string | undefined;
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const db: Db = config.databaseUrl ? new PostgresDb(config.databaseUrl) : new SqliteDb(join(config.dataDir, 'divergence.sqlite'));
  await db.migrate();
  return new Store(db);
}

/** A private in-memory SQLite store, for tests and one-shot CLI commands. */
export async function memoryStore(): Promise<Store> {
  const db = new SqliteDb(':memory:');
  await db.migrate();
  return new Store(db);
}
