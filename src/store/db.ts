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

/** The conditions whose SQL differs between the two stores. */
export interface SqlDialect {
  /** Case-insensitive "contains" condition on an expression (one parameter: likePattern). */
  ilike(expr: string): string;
  /**
   * The expression as compared in code-point order, whatever the database's collation: a range on it
   * (prefixBounds) is a "starts with" that an index serves, where LIKE 'p%' scans.
   */
  byCodePoint(expr: string): string;
}

export interface Db extends Queryable, SqlDialect {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs fn in one transaction, serialised against every other write of the store. */
  exclusive<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
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
