import type { ActorType } from '../analysis/types.js';
import type { DivergenceRecord, DocumentRecord, StatementRecord } from './records.js';
import type { Queryable, SqlDialect } from './db.js';
import { Queries } from './queries.js';
import type { DfCache } from './df-cache.js';
import { ParsedCache } from './parsed-cache.js';
import { EventGraph } from './event-graph.js';
import { padded, placeholders, rowChunks } from './rows.js';

export type NewDocument = Omit<DocumentRecord, 'id' | 'createdAt' | 'statementCount'>;

export interface ActorUpsert {
  name: string;
  type: ActorType;
  aliases: string[];
  affiliation: string[];
}

export type NewStatement = Omit<StatementRecord, 'id' | 'createdAt' | 'document' | 'affiliation'>;

export type NewDivergence = Omit<DivergenceRecord, 'id' | 'createdAt'>;

export interface EventWrite<S> {
  title: string;
  summary: S;
  from: string | null;
  to: string | null;
}

const now = (): string => new Date().toISOString();


async function insertId(q: Queryable, sql: string, params: (string | number | null)[]): Promise<number> {
  const r = await q.get<{ id: number }>(`${sql} RETURNING id`, params);
  if (!r) throw new Error('INSERT returned no id');
  return Number(r.id);
}

/** Reads plus the writes of an ingest or an edit; used inside one transaction. */
export class Mutations extends Queries {
  /** Keys this transaction counted, with the document count they were counted against. */
  private counted: { keys: string[]; documentsBefore: number } | null = null;
  /** Event grouping's document features, keys and links. */
  readonly graph: EventGraph;
  /** The store's parsed summaries (an unchanged summary is not parsed again). */
  private readonly parsedSummaries: ParsedCache;

  constructor(
    q: Queryable,
    sql: SqlDialect,
    private readonly dfCache: DfCache | null = null,
    summaries?: ParsedCache,
  ) {
    super(q, sql);
    this.graph = new EventGraph(q);
    this.parsedSummaries = summaries ?? new ParsedCache();
  }

  /**
   * The document count and these keys' document frequencies (0 for any other key), from the cache
   * where it is current. The answer is valid until the document count changes or the transaction ends.
   */
  async corpusFrequencies(keys: ReadonlySet<string> | string[]): Promise<{ documents: number; df: (key: string) => number }> {
    const documents = await this.documentCount();
    const requested: ReadonlySet<string> = keys instanceof Set ? keys : new Set(keys);
    if (!this.dfCache) {
      const read = await this.documentFrequencies([...requested]);
      return { documents, df: (k) => read.get(k) ?? 0 };
    }
    const missing = this.dfCache.missing(requested, documents);
    if (missing.length > 0) this.dfCache.fill(await this.documentFrequencies(missing), missing, documents);
    return { documents, df: this.dfCache.reader(requested) };
  }

  /** After the transaction committed: lets the cache count what it added. */
  commitCache(): void {
    if (this.dfCache && this.counted) this.dfCache.committed(this.counted.keys, this.counted.documentsBefore);
  }

  insertDocument(d: NewDocument): Promise<number> {
    return insertId(
      this.q,
      'INSERT INTO documents (hash, title, outlet, url, published_at, text, event_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [d.hash, d.title, d.outlet, d.url, d.publishedAt, d.text, d.eventId, now()],
    );
  }

  /** Creates the actor or widens an existing one's aliases and affiliation. */
  async upsertActor(a: ActorUpsert, existingId: number | null): Promise<number> {
    let id = existingId;
    if (id === null) {
      const byName = await this.q.get<{ id: number }>('SELECT id FROM actors WHERE name = ?', [a.name]);
      id = byName ? Number(byName.id) : null;
    }
    if (id === null) {
      id = await insertId(this.q, 'INSERT INTO actors (name, type, aliases, affiliation) VALUES (?, ?, ?, ?)', [
        a.name,
        a.type,
        JSON.stringify(uniq(a.aliases.filter((x) => x !== a.name))),
        JSON.stringify(uniq(a.affiliation)),
      ]);
    } else {
      const cur = await this.q.get<{ name: string; aliases: string; affiliation: string }>('SELECT name, aliases, affiliation FROM actors WHERE id = ?', [id]);
      if (!cur) throw new Error(`actor ${id} vanished`);
      const aliases = uniq([...(JSON.parse(cur.aliases) as string[]), ...a.aliases, a.name]).filter((x) => x !== cur.name);
      const affiliation = uniq([...(JSON.parse(cur.affiliation) as string[]), ...a.affiliation]);
      await this.q.run('UPDATE actors SET aliases = ?, affiliation = ? WHERE id = ?', [JSON.stringify(aliases), JSON.stringify(affiliation), id]);
    }
    for (const name of uniq([a.name, ...a.aliases].map((n) => n.toLowerCase()))) {
      await this.q.run('INSERT INTO actor_names (name, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [name, id]);
    }
    return id;
  }

  /** Upgrades an actor's canonical name (Kallas → Kaja Kallas) unless another actor has it. */
  async renameActor(id: number, name: string): Promise<void> {
    const taken = await this.q.get('SELECT id FROM actors WHERE name = ? AND id <> ?', [name, id]);
    if (taken) return;
    const cur = await this.q.get<{ name: string; aliases: string }>('SELECT name, aliases FROM actors WHERE id = ?', [id]);
    if (!cur) return;
    const aliases = uniq([...(JSON.parse(cur.aliases) as string[]), cur.name]).filter((x) => x !== name);
    await this.q.run('UPDATE actors SET name = ?, aliases = ? WHERE id = ?', [name, JSON.stringify(aliases), id]);
    await this.q.run('INSERT INTO actor_names (name, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [name.toLowerCase(), id]);
  }

  async insertEvent<S>(e: EventWrite<S>): Promise<number> {
    const t = now();
    const id = await insertId(
      this.q,
      'INSERT INTO events (title, title_locked, summary, date_from, date_to, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?)',
      [e.title, JSON.stringify(e.summary), e.from, e.to, t, t],
    );
    return id;
  }

  /** Stores a new summary; the title changes only if a person has not renamed the event. */
  async updateEvent<S>(id: number, e: EventWrite<S>): Promise<void> {
    await this.q.run(
      'UPDATE events SET title = CASE WHEN title_locked = 1 THEN title ELSE ? END, summary = ?, date_from = ?, date_to = ?, updated_at = ? WHERE id = ?',
      [e.title, JSON.stringify(e.summary), e.from, e.to, now(), id],
    );
  }

  /** The stored summaries of these events (no counts: cheaper than event()); shared, so never to be changed in place. */
  async eventSummaries<S>(ids: number[]): Promise<Map<number, S>> {
    if (ids.length === 0) return new Map();
    const list = padded(ids);
    const rows = await this.q.all(`SELECT id, summary FROM events WHERE id IN (${placeholders(list.length)})`, list);
    return new Map(rows.map((r) => [Number(r.id), this.parsedSummaries.parse<S>(Number(r.id), String(r.summary))]));
  }

  async renameEvent(id: number, title: string): Promise<boolean> {
    const r = await this.q.run('UPDATE events SET title = ?, title_locked = 1, updated_at = ? WHERE id = ?', [title, now(), id]);
    return r.changes > 0;
  }

  /** A person's merge: moves everything of event `from` into `into`, deletes `from`, and pins `into`. */
  async mergeEvents<S>(into: number, from: number, merged: EventWrite<S>): Promise<void> {
    await this.foldEvent(into, from, merged);
    await this.graph.pin(into);
  }

  /** Moves everything of event `from` into `into` and deletes `from` (grouping's own merges). */
  async foldEvent<S>(into: number, from: number, merged: EventWrite<S>): Promise<void> {
    for (const table of ['documents', 'statements', 'divergences']) {
      await this.q.run(`UPDATE ${table} SET event_id = ? WHERE event_id = ?`, [into, from]);
    }
    await this.graph.foldLinks(into, from);
    await this.q.run('DELETE FROM events WHERE id = ?', [from]);
    await this.updateEvent(into, merged);
  }

  /**
   * Moves one document and its statements to another event: the statements' event blocking key
   * (`fromKey` → `toKey`), the event of divergences they are in (their event when both sides share
   * one) and the event links follow.
   */
  async moveDocument(documentId: number, to: number, fromKey: string, toKey: string): Promise<void> {
    const cur = await this.q.get<{ event_id: number | null }>('SELECT event_id FROM documents WHERE id = ?', [documentId]);
    const from = cur?.event_id == null ? null : Number(cur.event_id);
    if (from === to) return;
    await this.q.run('UPDATE documents SET event_id = ? WHERE id = ?', [to, documentId]);
    await this.q.run('UPDATE statements SET event_id = ? WHERE document_id = ?', [to, documentId]);
    const own = 'SELECT id FROM statements WHERE document_id = ?';
    const moved = await this.q.run(`UPDATE statement_keys SET key = ? WHERE key = ? AND statement_id IN (${own})`, [toKey, fromKey, documentId]);
    if (moved.changes > 0) {
      await this.q.run('UPDATE statement_key_counts SET n = n - ? WHERE key = ?', [moved.changes, fromKey]);
      await this.q.run('INSERT INTO statement_key_counts (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = statement_key_counts.n + ?', [toKey, moved.changes, moved.changes]);
    }
    await this.q.run(
      `UPDATE divergences SET event_id = (
         SELECT CASE WHEN sa.event_id = sb.event_id THEN sa.event_id END FROM statements sa, statements sb
         WHERE sa.id = divergences.a_id AND sb.id = divergences.b_id)
       WHERE a_id IN (${own}) OR b_id IN (${own})`,
      [documentId, documentId],
    );
    await this.graph.moveLinks(documentId, from, to);
  }

  /** Deletes an event no document is in any more; false when it still holds one. */
  async deleteEmptyEvent(id: number): Promise<boolean> {
    if (await this.q.get('SELECT 1 AS found FROM documents WHERE event_id = ? LIMIT 1', [id])) return false;
    await this.q.run('UPDATE divergences SET event_id = NULL WHERE event_id = ?', [id]);
    await this.q.run('UPDATE statements SET event_id = NULL WHERE event_id = ?', [id]);
    await this.q.run('DELETE FROM events WHERE id = ?', [id]);
    return true;
  }

  insertStatement(s: NewStatement): Promise<number> {
    return insertId(
      this.q,
      `INSERT INTO statements (document_id, actor_id, speaker, text, start_at, end_at, mode, kind, about, cue, event_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [s.documentId, s.actorId, s.speaker, s.text, s.start, s.end, s.mode, s.kind, JSON.stringify(s.about), s.cue, s.eventId, now()],
    );
  }

  async insertStatementKeys(statementId: number, keys: string[]): Promise<void> {
    await this.indexStatements([[statementId, keys]]);
  }

  /**
   * Indexes statements under their blocking keys and counts the postings: a few multi-row statements
   * for all of a document's statements, not two per key (~40 keys and ~80 statements per article).
   */
  async indexStatements(entries: [statementId: number, keys: string[]][]): Promise<void> {
    const postings: [string, number][] = [];
    const added = new Map<string, number>();
    for (const [id, keys] of entries) {
      for (const key of uniq(keys)) {
        postings.push([key, id]);
        added.set(key, (added.get(key) ?? 0) + 1);
      }
    }
    for (const chunk of rowChunks(postings)) {
      await this.q.run(`INSERT INTO statement_keys (key, statement_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
    }
    // One row per key (PostgreSQL refuses to update a row twice in one statement), with how many postings it gained.
    const counts = [...added];
    for (const chunk of rowChunks(counts)) {
      await this.q.run(
        `INSERT INTO statement_key_counts (key, n) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT (key) DO UPDATE SET n = statement_key_counts.n + excluded.n`,
        chunk.flat(),
      );
    }
  }

  /** Returns the new row id, or null when the pair was already stored. */
  async insertDivergence(v: NewDivergence): Promise<number | null> {
    const r = await this.q.get<{ id: number }>(
      `INSERT INTO divergences (a_id, b_id, kind, score, relatedness, flagged, components, cues, event_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (a_id, b_id) DO NOTHING RETURNING id`,
      [v.aId, v.bId, v.kind, v.score, v.relatedness, v.flagged ? 1 : 0, JSON.stringify(v.components), JSON.stringify(v.cues), v.eventId, now()],
    );
    return r ? Number(r.id) : null;
  }

  /** Counts one more document for each key. */
  /** Counts one more document for each key; `documentsBefore` is the count before this document. */
  async addDocumentFrequencies(keys: string[], documentsBefore?: number): Promise<void> {
    if (documentsBefore !== undefined) this.counted = { keys: uniq(keys), documentsBefore };
    // A few hundred keys a document: one statement per chunk, not one per key.
    const unique = uniq(keys);
    for (const chunk of rowChunks(unique, 512)) {
      await this.q.run(`INSERT INTO corpus_df (key, n) VALUES ${chunk.map(() => '(?, 1)').join(', ')} ON CONFLICT (key) DO UPDATE SET n = corpus_df.n + 1`, chunk);
    }
  }

  /** Re-points a blocking key, e.g. an event's after a merge. */
  async renameStatementKey(from: string, to: string): Promise<void> {
    await this.q.run('UPDATE statement_keys SET key = ? WHERE key = ?', [to, from]);
    const moved = await this.q.get<{ n: number }>('SELECT n FROM statement_key_counts WHERE key = ?', [from]);
    if (!moved) return;
    await this.q.run('DELETE FROM statement_key_counts WHERE key = ?', [from]);
    await this.q.run('INSERT INTO statement_key_counts (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = statement_key_counts.n + ?', [to, Number(moved.n), Number(moved.n)]);
  }
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
