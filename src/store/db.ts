// The little SQL both stores share. Queries are written once with `?` placeholders;
// each driver adapts them (PostgreSQL wants $1, $2…).

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Queryable {
  all<T extends Row = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** For INSERT … RETURNING id, use get(). */
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
}

export interface Db extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs fn in one transaction, serialised against every other write of the store. */
  exclusive<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Case-insensitive "contains" condition on an expression. */
  ilike(expr: string): string;
  /** Creates the schema, or brings an older store's up to date (migrate.ts). */
  migrate(): Promise<void>;
  /** Cross-instance notifications (PostgreSQL LISTEN/NOTIFY); absent on an embedded store. */
  readonly pubsub?: PubSub;
  close(): Promise<void>;
}

export interface PubSub {
  /** Calls onMessage with each payload sent on the channel; resolves to a function that stops listening. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
}
