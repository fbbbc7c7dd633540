// One schema, two dialects: only the id column and float type differ. This is the current schema, which a new
// store is created with; a change to a table an existing store already has is also a step in migrations.ts.
export function schemaSql(dialect: 'sqlite' | 'postgres'): string[] {
  const pk = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'SERIAL PRIMARY KEY';
  const real = dialect === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION';
  // Tables that are all key (or a key and a count): one b-tree on SQLite instead of a row table plus its key
  // index. Each ingest writes hundreds of statement keys, key counts and document frequencies.
  const clustered = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  return [
    // The migrations (migrations.ts) a store has run, by version.
    `CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      applied_at TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS events (
      id ${pk},
      title TEXT NOT NULL,
      title_locked INTEGER NOT NULL DEFAULT 0,
      summary TEXT NOT NULL,
      date_from TEXT,
      date_to TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS documents (
      id ${pk},
      hash TEXT NOT NULL UNIQUE,
      title TEXT,
      outlet TEXT,
      url TEXT,
      published_at TEXT,
      text TEXT NOT NULL,
      event_id INTEGER REFERENCES events(id),
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS actors (
      id ${pk},
      name TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      aliases TEXT NOT NULL,
      affiliation TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS actor_names (
      name TEXT NOT NULL,
      actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      PRIMARY KEY (name, actor_id)
    )`,
    ...actorNamePrefixIndex(dialect),
    `CREATE TABLE IF NOT EXISTS statements (
      id ${pk},
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      actor_id INTEGER REFERENCES actors(id),
      speaker TEXT,
      text TEXT NOT NULL,
      start_at INTEGER NOT NULL,
      end_at INTEGER NOT NULL,
      mode TEXT NOT NULL,
      kind TEXT,
      about TEXT NOT NULL,
      cue TEXT,
      event_id INTEGER REFERENCES events(id),
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS statements_document ON statements(document_id)`,
    `CREATE INDEX IF NOT EXISTS statements_event ON statements(event_id)`,
    `CREATE INDEX IF NOT EXISTS statements_actor ON statements(actor_id)`,
    `CREATE TABLE IF NOT EXISTS statement_keys (
      key TEXT NOT NULL,
      statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
      PRIMARY KEY (key, statement_id)
    )${clustered}`,
    `CREATE TABLE IF NOT EXISTS divergences (
      id ${pk},
      a_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
      b_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      score ${real} NOT NULL,
      relatedness ${real} NOT NULL,
      flagged INTEGER NOT NULL,
      components TEXT NOT NULL,
      cues TEXT NOT NULL,
      event_id INTEGER REFERENCES events(id),
      created_at TEXT NOT NULL,
      UNIQUE (a_id, b_id)
    )`,
    `CREATE INDEX IF NOT EXISTS divergences_score ON divergences(score DESC, id)`,
    `CREATE INDEX IF NOT EXISTS divergences_created ON divergences(created_at DESC, id)`,
    `CREATE INDEX IF NOT EXISTS divergences_event ON divergences(event_id)`,
    // Posting-list lengths of statement keys: a key on too many statements blocks nothing.
    `CREATE TABLE IF NOT EXISTS statement_key_counts (
      key TEXT PRIMARY KEY,
      n INTEGER NOT NULL
    )${clustered}`,
    // Document frequencies of event-grouping keys: the online IDF of document links.
    `CREATE TABLE IF NOT EXISTS corpus_df (
      key TEXT PRIMARY KEY,
      n INTEGER NOT NULL
    )${clustered}`,
    // Event grouping by document links (average linkage around each new document). A document's
    // grouping features (JSON, with a digest so a reader can reuse what it parsed before; `linked`
    // when grouping placed it by its links, 0 when features were added later) and its blocking keys,
    // by which later documents find it.
    `CREATE TABLE IF NOT EXISTS document_features (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      digest TEXT NOT NULL,
      features TEXT NOT NULL,
      linked INTEGER NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS document_keys (
      key TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      PRIMARY KEY (key, document_id)
    )${clustered}`,
    // The links of the recent documents (the only ones grouping may still move): the similarity of
    // each to the earlier documents it was compared with.
    `CREATE TABLE IF NOT EXISTS recent_links (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      other_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      similarity ${real} NOT NULL,
      PRIMARY KEY (document_id, other_id)
    )${clustered}`,
    // A recent document's links, its own and later documents' to it, summed per event of the
    // documents at their other end (its own event too).
    `CREATE TABLE IF NOT EXISTS recent_event_links (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      total ${real} NOT NULL,
      PRIMARY KEY (document_id, event_id)
    )${clustered}`,
    // Summed document links between two events (a_id < b_id): what average linkage compares events by.
    // Keyed newer event first: a new document's event is mostly a recent one, so its rows are adjacent.
    `CREATE TABLE IF NOT EXISTS event_links (
      a_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      b_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      total ${real} NOT NULL,
      PRIMARY KEY (b_id, a_id)
    )${clustered}`,
    // Events a person merged others into: grouping never takes them apart.
    `CREATE TABLE IF NOT EXISTS event_pins (
      event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE
    )`,
    `CREATE INDEX IF NOT EXISTS documents_event ON documents(event_id, id)`,
    // Webhooks: filters are kept as given (the actor by id or name, resolved when a divergence arrives).
    `CREATE TABLE IF NOT EXISTS webhooks (
      id ${pk},
      url TEXT NOT NULL,
      secret TEXT,
      filters TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    // One row per (webhook, divergence): every instance that hears of a divergence inserts it, only one row stays.
    // leased_until marks a row an instance is sending; a lease that runs out (a crash) makes it due again.
    // ended_at: when it was delivered or failed, which retention counts from.
    `CREATE TABLE IF NOT EXISTS webhook_deliveries (
      id ${pk},
      webhook_id INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
      divergence_id INTEGER NOT NULL REFERENCES divergences(id) ON DELETE CASCADE,
      status TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_status_code INTEGER,
      last_error TEXT,
      next_attempt_at TEXT,
      leased_until TEXT,
      delivered_at TEXT,
      ended_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (webhook_id, divergence_id)
    )`,
    `CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at)`,
  ];
}

/**
 * Names by prefix (actorsByNamePrefixes) are ranges in code-point order. SQLite's primary key on name
 * already sorts so; PostgreSQL's follows the database's collation, so it gets an index in "C" order.
 */
export function actorNamePrefixIndex(dialect: 'sqlite' | 'postgres'): string[] {
  return dialect === 'postgres' ? ['CREATE INDEX IF NOT EXISTS actor_names_prefix ON actor_names ((name COLLATE "C"))'] : [];
}

/** The tables the schema creates: a store that answers for all of them has migrated. */
export function schemaTables(): string[] {
  return schemaSql('sqlite').flatMap((sql) => /^CREATE TABLE IF NOT EXISTS (\w+)/.exec(sql)?.[1] ?? []);
}
