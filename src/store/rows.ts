import type { ActorType, Cue, DivergenceKind, Mode, StatementKind } from '../analysis/types.js';
import type { ActorName, ActorRecord, DivergenceRecord, DocumentRecord, EventRecord, StatementRecord } from './records.js';
import type { Row } from './db.js';

// Row → record mapping, shared by both dialects (PostgreSQL returns the same column names).

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v);
const optNum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : fallback);

export const DOCUMENT_COLUMNS = `d.id, d.hash, d.title, d.outlet, d.url, d.published_at, d.text, d.event_id, d.created_at,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM statements x WHERE x.document_id = d.id) AS statement_count`;

export function toDocument(r: Row): DocumentRecord {
  return {
    id: num(r.id),
    hash: String(r.hash),
    title: str(r.title),
    outlet: str(r.outlet),
    url: str(r.url),
    publishedAt: str(r.published_at),
    text: String(r.text),
    eventId: optNum(r.event_id),
    createdAt: String(r.created_at),
    statementCount: num(r.statement_count),
  };
}

export const ACTOR_NAME_COLUMNS = 'a.id, a.name, a.type, a.aliases, a.affiliation';

export const ACTOR_COLUMNS = `${ACTOR_NAME_COLUMNS},
  (SELECT CAST(COUNT(*) AS INTEGER) FROM statements x WHERE x.actor_id = a.id) AS statement_count`;

export function toActorName(r: Row): ActorName {
  return {
    id: num(r.id),
    name: String(r.name),
    type: String(r.type) as ActorType,
    aliases: json<string[]>(r.aliases, []),
    affiliation: json<string[]>(r.affiliation, []),
  };
}

export function toActor(r: Row): ActorRecord {
  return { ...toActorName(r), statementCount: num(r.statement_count) };
}

export const STATEMENT_FROM = `statements s
  JOIN documents d ON d.id = s.document_id
  LEFT JOIN actors a ON a.id = s.actor_id`;

export const STATEMENT_COLUMNS = `s.id, s.document_id, s.actor_id, COALESCE(a.name, s.speaker) AS speaker, s.text, s.start_at, s.end_at, s.mode, s.kind,
  s.about, s.cue, s.event_id, s.created_at, d.title, d.outlet, d.url, d.published_at, a.affiliation`;

export function toStatement(r: Row): StatementRecord {
  return {
    id: num(r.id),
    documentId: num(r.document_id),
    actorId: optNum(r.actor_id),
    speaker: str(r.speaker),
    text: String(r.text),
    start: num(r.start_at),
    end: num(r.end_at),
    mode: String(r.mode) as Mode,
    kind: str(r.kind) as StatementKind | null,
    about: json<string[]>(r.about, []),
    cue: str(r.cue),
    eventId: optNum(r.event_id),
    createdAt: String(r.created_at),
    document: {
      id: num(r.document_id),
      title: str(r.title),
      outlet: str(r.outlet),
      url: str(r.url),
      publishedAt: str(r.published_at),
    },
    affiliation: json<string[]>(r.affiliation, []),
  };
}

export const EVENT_COLUMNS = `e.id, e.title, e.title_locked, e.summary, e.date_from, e.date_to,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM documents x WHERE x.event_id = e.id) AS document_count,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM statements x WHERE x.event_id = e.id) AS statement_count,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM divergences x WHERE x.event_id = e.id AND x.flagged = 1) AS divergence_count`;

export function toEvent<S>(r: Row): EventRecord<S> {
  return {
    id: num(r.id),
    title: String(r.title),
    titleLocked: num(r.title_locked) === 1,
    summary: JSON.parse(String(r.summary)) as S,
    from: str(r.date_from),
    to: str(r.date_to),
    documentCount: num(r.document_count),
    statementCount: num(r.statement_count),
    divergenceCount: num(r.divergence_count),
  };
}

export const DIVERGENCE_COLUMNS = `v.id, v.a_id, v.b_id, v.kind, v.score, v.relatedness, v.flagged, v.components, v.cues, v.event_id, v.created_at`;

export function toDivergence(r: Row): DivergenceRecord {
  return {
    id: num(r.id),
    aId: num(r.a_id),
    bId: num(r.b_id),
    kind: String(r.kind) as DivergenceKind,
    score: num(r.score),
    relatedness: num(r.relatedness),
    flagged: num(r.flagged) === 1,
    components: json<Record<string, number>>(r.components, {}),
    cues: json<Cue[]>(r.cues, []),
    eventId: optNum(r.event_id),
    createdAt: String(r.created_at),
  };
}

/**
 * An IN list's values, the last repeated up to a size bucket (exact to 16, then 8 sizes per doubling:
 * at most 1/8 more). A prepared statement is cached per SQL text, one per list length: the store's
 * lists run to hundreds of values, and a statement costs ~190 bytes of native memory per value
 * (1,546 statements, 151,233 placeholders after a full BBC ingest, most of them in multi-row inserts:
 * rowChunks). Repeats match nothing more.
 */
export function padded<T>(values: T[]): T[] {
  const n = values.length;
  if (n <= 16) return values;
  const step = 2 ** (Math.floor(Math.log2(n)) - 3);
  const size = Math.ceil(n / step) * step;
  const out = values.slice();
  const last = values[n - 1]!;
  while (out.length < size) out.push(last);
  return out;
}

/**
 * Rows of a multi-row statement in chunks whose sizes are powers of two, `max` (a power of two) at most:
 * each size is one SQL text, so a table's inserts prepare ~log2(max) statements, not one per row count.
 */
export function* rowChunks<T>(rows: T[], max = 256): Generator<T[]> {
  let i = 0;
  for (let size = max; size >= 1; size /= 2) {
    for (; rows.length - i >= size; i += size) yield rows.slice(i, i + size);
  }
}

export function placeholders(n: number): string {
  // Thousands per ingest (every IN list and multi-row insert): repeat, not an array of n strings joined.
  return n > 0 ? `${'?, '.repeat(n - 1)}?` : '';
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const MAX_CODE_POINT = 0x10ffff;

/**
 * The strings that start with `prefix` are exactly those from `lower` (inclusive) to `upper` (exclusive) in
 * code-point order: `upper` is the prefix with its last code point one higher. Null when no string bounds
 * them (an empty prefix, or one of only U+10FFFF).
 */
export function prefixBounds(prefix: string): { lower: string; upper: string | null } {
  const points = [...prefix].map((c) => c.codePointAt(0) ?? 0);
  while (points.length > 0 && points[points.length - 1] === MAX_CODE_POINT) points.pop();
  const last = points.pop();
  if (last === undefined) return { lower: prefix, upper: null };
  // No scalar value lies between U+D7FF and U+E000 (surrogates).
  const next = last === 0xd7ff ? 0xe000 : last + 1;
  return { lower: prefix, upper: String.fromCodePoint(...points, next) };
}
