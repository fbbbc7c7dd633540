import type { DivergenceKind, StatementKind } from '../analysis/types.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { Queryable, SqlDialect, SqlValue } from './db.js';
import type { ActorName, ActorRecord, DivergenceRecord, DocumentRecord, EventRecord, Page, StatementRecord } from './records.js';
import {
  ACTOR_COLUMNS,
  ACTOR_NAME_COLUMNS,
  DIVERGENCE_COLUMNS,
  DOCUMENT_COLUMNS,
  EVENT_COLUMNS,
  STATEMENT_COLUMNS,
  STATEMENT_FROM,
  likePattern,
  padded,
  placeholders,
  prefixBounds,
  toActor,
  toActorName,
  toDivergence,
  toDocument,
  toEvent,
  toStatement,
} from './rows.js';

export interface StatementFilter {
  actorIds?: number[];
  eventId?: number;
  kind?: StatementKind;
  q?: string;
}

export interface EventFilter {
  q?: string;
  actorIds?: number[];
  from?: string;
  to?: string;
}

export interface DivergenceFilter {
  eventId?: number;
  actorIds?: number[];
  kind?: DivergenceKind;
  minScore: number;
  since?: string;
  /** score: best first; date: newest first; id: in the order they were found (oldest first). */
  sort: 'score' | 'date' | 'id';
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

/** Every read the service makes, over one connection or transaction. */
export class Queries {
  constructor(
    protected readonly q: Queryable,
    protected readonly sql: SqlDialect,
  ) {}

  async documentByHash(hash: string): Promise<DocumentRecord | undefined> {
    const r = await this.q.get(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.hash = ?`, [hash]);
    return r && toDocument(r);
  }

  async document(id: number): Promise<DocumentRecord | undefined> {
    const r = await this.q.get(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`, [id]);
    return r && toDocument(r);
  }

  async statementsOfDocument(documentId: number): Promise<StatementRecord[]> {
    const rows = await this.q.all(`SELECT ${STATEMENT_COLUMNS} FROM ${STATEMENT_FROM} WHERE s.document_id = ? ORDER BY s.start_at, s.id`, [documentId]);
    return rows.map(toStatement);
  }

  async statementsByIds(ids: number[]): Promise<Map<number, StatementRecord>> {
    const out = new Map<number, StatementRecord>();
    if (ids.length === 0) return out;
    const unique = padded([...new Set(ids)]);
    const rows = await this.q.all(`SELECT ${STATEMENT_COLUMNS} FROM ${STATEMENT_FROM} WHERE s.id IN (${placeholders(unique.length)})`, unique);
    for (const r of rows) {
      const s = toStatement(r);
      out.set(s.id, s);
    }
    return out;
  }

  async statements(filter: StatementFilter, page: PageRequest): Promise<Page<StatementRecord>> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.actorIds) {
      if (filter.actorIds.length === 0) return { items: [], nextCursor: null };
      where.push(`s.actor_id IN (${placeholders(filter.actorIds.length)})`);
      params.push(...filter.actorIds);
    }
    if (filter.eventId !== undefined) {
      where.push('s.event_id = ?');
      params.push(filter.eventId);
    }
    if (filter.kind) {
      where.push('s.kind = ?');
      params.push(filter.kind);
    }
    if (filter.q) {
      where.push(this.sql.ilike('s.text'));
      params.push(likePattern(filter.q));
    }
    const after = decodeCursor(page.cursor);
    if (after) {
      where.push('s.id > ?');
      params.push(after.id);
    }
    const rows = await this.q.all(
      `SELECT ${STATEMENT_COLUMNS} FROM ${STATEMENT_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.id LIMIT ?`,
      [...params, page.limit + 1],
    );
    return pageOf(rows.map(toStatement), page.limit, (s) => ({ value: s.id, id: s.id }));
  }

  async actor(id: number): Promise<ActorRecord | undefined> {
    const r = await this.q.get(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id = ?`, [id]);
    return r && toActor(r);
  }

  /** Actors any of whose names (canonical or alias, lower-cased) is among `names` (no statement counts: ingest asks per document). */
  async actorsByNames(names: string[]): Promise<ActorName[]> {
    if (names.length === 0) return [];
    const lower = padded([...new Set(names.map((n) => n.toLowerCase()))]);
    const rows = await this.q.all(
      `SELECT ${ACTOR_NAME_COLUMNS} FROM actors a WHERE a.id IN (SELECT actor_id FROM actor_names WHERE name IN (${placeholders(lower.length)}))`,
      lower,
    );
    return rows.map(toActorName);
  }

  /** Actors with a name starting with any of `prefixes` (lower-case): spelling variants of one surname. */
  async actorsByNamePrefixes(prefixes: string[]): Promise<ActorName[]> {
    if (prefixes.length === 0) return [];
    // A range per prefix, which the index on name serves (LIKE 'p%' read every name of the store).
    const name = this.sql.byCodePoint('name');
    const conditions: string[] = [];
    const params: SqlValue[] = [];
    for (const { lower, upper } of [...new Set(prefixes)].map(prefixBounds)) {
      conditions.push(upper === null ? `${name} >= ?` : `(${name} >= ? AND ${name} < ?)`);
      params.push(lower, ...(upper === null ? [] : [upper]));
    }
    const rows = await this.q.all(
      `SELECT ${ACTOR_NAME_COLUMNS} FROM actors a WHERE a.id IN (SELECT actor_id FROM actor_names WHERE ${conditions.join(' OR ')})`,
      params,
    );
    return rows.map(toActorName);
  }

  async actors(q: string | undefined, page: PageRequest): Promise<Page<ActorRecord>> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q) {
      where.push(`a.id IN (SELECT actor_id FROM actor_names WHERE ${this.sql.ilike('name')})`);
      params.push(likePattern(q.toLowerCase()));
    }
    const after = decodeCursor(page.cursor);
    if (after) {
      where.push('a.id > ?');
      params.push(after.id);
    }
    const rows = await this.q.all(
      `SELECT ${ACTOR_COLUMNS} FROM actors a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id LIMIT ?`,
      [...params, page.limit + 1],
    );
    return pageOf(rows.map(toActor), page.limit, (a) => ({ value: a.id, id: a.id }));
  }

  async event<S>(id: number): Promise<EventRecord<S> | undefined> {
    const r = await this.q.get(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`, [id]);
    return r && toEvent<S>(r);
  }

  async events<S>(filter: EventFilter, page: PageRequest): Promise<Page<EventRecord<S>>> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.q) {
      where.push(`(${this.sql.ilike('e.title')} OR ${this.sql.ilike('e.summary')})`);
      params.push(likePattern(filter.q), likePattern(filter.q));
    }
    if (filter.actorIds) {
      if (filter.actorIds.length === 0) return { items: [], nextCursor: null };
      where.push(`EXISTS (SELECT 1 FROM statements x WHERE x.event_id = e.id AND x.actor_id IN (${placeholders(filter.actorIds.length)}))`);
      params.push(...filter.actorIds);
    }
    if (filter.from) {
      where.push('(e.date_to IS NULL OR e.date_to >= ?)');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('(e.date_from IS NULL OR e.date_from <= ?)');
      params.push(filter.to);
    }
    const after = decodeCursor(page.cursor);
    if (after) {
      where.push('e.id < ?');
      params.push(after.id);
    }
    const rows = await this.q.all(
      `SELECT ${EVENT_COLUMNS} FROM events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.id DESC LIMIT ?`,
      [...params, page.limit + 1],
    );
    return pageOf(rows.map((r) => toEvent<S>(r)), page.limit, (e) => ({ value: e.id, id: e.id }));
  }

  /**
   * Candidate statements sharing at least `minShared` blocking keys with a new statement, most shared first.
   * Keys already on more than `maxPostings` statements are left out: they block nothing, and reading
   * their postings would make every ingest slower as the store grows.
   */
  async statementsByKeys(keys: string[], limit: number, minShared = 1, maxPostings = Number.MAX_SAFE_INTEGER): Promise<number[]> {
    if (maxPostings < Number.MAX_SAFE_INTEGER && keys.length > 0) {
      const drop = await this.commonKeys(keys, maxPostings);
      keys = keys.filter((k) => !drop.has(k));
    }
    if (keys.length === 0) return [];
    const list = padded(keys);
    const rows = await this.q.all(
      `SELECT statement_id, COUNT(*) AS shared FROM statement_keys WHERE key IN (${placeholders(list.length)})
       GROUP BY statement_id HAVING COUNT(*) >= ? ORDER BY shared DESC, statement_id DESC LIMIT ?`,
      [...list, minShared, limit],
    );
    return rows.map((r) => Number(r.statement_id));
  }

  /** Of these keys, those already on more than `maxPostings` statements (asked once for all of a document's statements). */
  async commonKeys(keys: string[], maxPostings: number): Promise<Set<string>> {
    const out = new Set<string>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = padded(unique.slice(i, i + 500));
      const rows = await this.q.all<{ key: string }>(`SELECT key FROM statement_key_counts WHERE key IN (${placeholders(chunk.length)}) AND n > ?`, [...chunk, maxPostings]);
      for (const r of rows) out.add(String(r.key));
    }
    return out;
  }

  /**
   * For each statement indexed under `eventKey`, which of `keys` it is indexed under (`eventKey` among them):
   * what a document's statements are ranked against their event by (EventPostings), read once for all of them.
   */
  async eventPostings(eventKey: string, keys: string[]): Promise<Map<number, string[]>> {
    const wanted = padded([...new Set([eventKey, ...keys])]);
    const rows = await this.q.all(
      `SELECT k.statement_id, k.key FROM statement_keys k
       WHERE k.key IN (${placeholders(wanted.length)})
         AND EXISTS (SELECT 1 FROM statement_keys e WHERE e.key = ? AND e.statement_id = k.statement_id)`,
      [...wanted, eventKey],
    );
    const out = new Map<number, string[]>();
    for (const r of rows) {
      const id = Number(r.statement_id);
      const list = out.get(id);
      if (list) list.push(String(r.key));
      else out.set(id, [String(r.key)]);
    }
    return out;
  }

  /** How many stored documents carry each key (absent keys are 0). */
  async documentFrequencies(keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const unique = [...new Set(keys)];
    // Chunks keep each statement well under SQLite's parameter limit.
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = padded(unique.slice(i, i + 500));
      const rows = await this.q.all(`SELECT key, n FROM corpus_df WHERE key IN (${placeholders(chunk.length)})`, chunk);
      for (const r of rows) out.set(String(r.key), Number(r.n));
    }
    return out;
  }

  async documentCount(): Promise<number> {
    const r = await this.q.get('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM documents');
    return Number(r?.n ?? 0);
  }

  async divergence(id: number): Promise<DivergenceRecord | undefined> {
    const r = await this.q.get(`SELECT ${DIVERGENCE_COLUMNS} FROM divergences v WHERE v.id = ?`, [id]);
    return r && toDivergence(r);
  }

  async divergences(filter: DivergenceFilter, page: PageRequest): Promise<Page<DivergenceRecord>> {
    const where: string[] = ['v.score >= ?'];
    const params: SqlValue[] = [filter.minScore];
    if (filter.eventId !== undefined) {
      where.push('v.event_id = ?');
      params.push(filter.eventId);
    }
    if (filter.kind) {
      where.push('v.kind = ?');
      params.push(filter.kind);
    }
    if (filter.since) {
      where.push('v.created_at >= ?');
      params.push(filter.since);
    }
    if (filter.actorIds) {
      if (filter.actorIds.length === 0) return { items: [], nextCursor: null };
      const list = placeholders(filter.actorIds.length);
      where.push(`EXISTS (SELECT 1 FROM statements x WHERE x.id IN (v.a_id, v.b_id) AND x.actor_id IN (${list}))`);
      params.push(...filter.actorIds);
    }
    const after = decodeCursor(page.cursor);
    let order: string;
    if (filter.sort === 'score') {
      order = 'v.score DESC, v.id ASC';
      if (after) {
        where.push('(v.score < ? OR (v.score = ? AND v.id > ?))');
        params.push(after.value, after.value, after.id);
      }
    } else if (filter.sort === 'id') {
      order = 'v.id ASC';
      if (after) {
        where.push('v.id > ?');
        params.push(after.id);
      }
    } else {
      order = 'v.created_at DESC, v.id DESC';
      if (after) {
        where.push('(v.created_at < ? OR (v.created_at = ? AND v.id < ?))');
        params.push(after.value, after.value, after.id);
      }
    }
    const rows = await this.q.all(
      `SELECT ${DIVERGENCE_COLUMNS} FROM divergences v WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`,
      [...params, page.limit + 1],
    );
    return pageOf(rows.map(toDivergence), page.limit, (v) => ({ value: filter.sort === 'score' ? v.score : v.createdAt, id: v.id }));
  }

  /** Divergences by row id, in the order given (unknown ids are skipped). */
  async divergencesByIds(ids: number[]): Promise<DivergenceRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.q.all(`SELECT ${DIVERGENCE_COLUMNS} FROM divergences v WHERE v.id IN (${placeholders(ids.length)})`, ids);
    const byId = new Map(rows.map(toDivergence).map((v) => [v.id, v]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async divergencesOfStatements(ids: number[], minScore: number): Promise<DivergenceRecord[]> {
    if (ids.length === 0) return [];
    const list = placeholders(ids.length);
    const rows = await this.q.all(
      `SELECT ${DIVERGENCE_COLUMNS} FROM divergences v WHERE v.score >= ? AND (v.a_id IN (${list}) OR v.b_id IN (${list})) ORDER BY v.score DESC, v.id`,
      [minScore, ...ids, ...ids],
    );
    return rows.map(toDivergence);
  }

  async counts(): Promise<{ documents: number; statements: number; events: number; divergences: number }> {
    const r = await this.q.get(`SELECT
      (SELECT CAST(COUNT(*) AS INTEGER) FROM documents) AS documents,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM statements) AS statements,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM events) AS events,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM divergences WHERE flagged = 1) AS divergences`);
    return {
      documents: Number(r?.documents ?? 0),
      statements: Number(r?.statements ?? 0),
      events: Number(r?.events ?? 0),
      divergences: Number(r?.divergences ?? 0),
    };
  }
}
