import { createHash } from 'node:crypto';
import { extract } from '../analysis/extract/index.js';
import { documentFeatures } from '../analysis/events/index.js';
import { eventBlockKey, statementKeys } from '../analysis/pairing.js';
import { scorePair } from '../analysis/score/index.js';
import type { DiscoveredActor, Extraction, ScoringStatement } from '../analysis/types.js';
import type { Mutations } from '../store/mutations.js';
import type { StatementRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { canonicalName, matchActor } from './actor-match.js';
import { EventPostings } from './event-candidates.js';
import { assignEvent } from './event-assign.js';
import { STORED_MIN_SCORE } from '../../schemas/common.js';

export interface IngestInput {
  text: string;
  title?: string | null | undefined;
  outlet?: string | null | undefined;
  url?: string | null | undefined;
  publishedAt?: string | null | undefined;
}

export interface IngestOutcome {
  created: boolean;
  documentId: number;
  statementIds: number[];
  /** Divergences this ingest stored: flagged ones and near misses (score ≥ STORED_MIN_SCORE). */
  divergenceIds: number[];
  /** Of those, the flagged ones (score ≥ the flag threshold). */
  flaggedIds: number[];
  /** Pairs the blocking index proposed, and pairs actually scored (for benches and logs). */
  candidatePairs: number;
  scoredPairs: number;
}

/** How many statements of its own event one new statement is scored against at most (most shared keys first). */
const SAME_EVENT_CANDIDATES = 100;
/** How many statements of other events; those must share an actor or content key besides. */
const CROSS_EVENT_CANDIDATES = 50;
const CROSS_EVENT_MIN_SHARED_KEYS = 2;
/** Across events, keys on more statements than this are too common to block on. */
const CROSS_EVENT_MAX_POSTINGS = 400;
/** Statements of the event sharing most keys with a new one, searched for a verbatim earlier twin. */
const REPEAT_CANDIDATES = 5;


export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/**
 * The one path by which an article enters the store (POST /documents, the CLI, seeding, benches):
 * analysis outside the write lock, then one transaction that stores the document with its statements,
 * event and divergences, or nothing.
 */
export async function ingestDocument(store: Store, input: IngestInput): Promise<IngestOutcome> {
  const existing = await store.documentByHash(contentHash(input.text));
  if (existing) return stored(store, existing.id);
  return ingestExtraction(store, input, extract(input.text, { publishedAt: input.publishedAt ?? null, title: input.title ?? null }));
}

/**
 * Stores a document whose statements are already known (extracted here, or posted by a client
 * that has them): grouping, blocking and scoring as for any article.
 */
export async function ingestExtraction(store: Store, input: IngestInput, extraction: Extraction): Promise<IngestOutcome> {
  const hash = contentHash(input.text);
  const existing = await store.documentByHash(hash);
  if (existing) return stored(store, existing.id);

  const features = documentFeatures({
    text: input.text,
    title: input.title ?? null,
    publishedAt: input.publishedAt ?? null,
    actors: extraction.actors.filter((a) => a.type !== 'anonymous').map((a) => a.name),
  });

  return store.exclusive(async (tx) => {
    const raced = await tx.documentByHash(hash);
    if (raced) return stored(tx, raced.id);
    const actorIds = await resolveActors(tx, extraction.actors, input.text);
    const placement = await assignEvent(tx, features);
    const eventId = placement.eventId;
    const documentId = await tx.insertDocument({
      hash,
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      text: input.text,
      eventId,
    });
    await placement.record(documentId);
    const { ids: statementIds, repeated } = await insertStatements(tx, extraction, actorIds, documentId, eventId);
    const pairs = await pairAndScore(tx, statementIds.filter((id) => !repeated.has(id)));
    return { created: true, documentId, statementIds, ...pairs };
  });
}

async function stored(store: Store | Mutations, documentId: number): Promise<IngestOutcome> {
  const statements = await store.statementsOfDocument(documentId);
  return { created: false, documentId, statementIds: statements.map((s) => s.id), divergenceIds: [], flaggedIds: [], candidatePairs: 0, scoredPairs: 0 };
}

/** Maps each discovered actor's name (and aliases) in `text` to a stored actor id, creating or widening actors. */
async function resolveActors(tx: Mutations, actors: DiscoveredActor[], text: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const named = actors.filter((a) => a.type !== 'anonymous');
  const exact = await tx.actorsByNames(named.flatMap((a) => [a.name, ...a.aliases, lastToken(a.name)]));
  // Surname spelling variants (Zelensky / Zelenskyy) are found by prefix and judged by matchActor.
  const variants = await tx.actorsByNamePrefixes(
    named.filter((a) => a.type === 'person').map((a) => lastToken(a.name).toLowerCase()).filter((s) => s.length >= 6).map((s) => s.slice(0, 5)),
  );
  const known = [...new Map([...exact, ...variants].map((a) => [a.id, a])).values()];
  for (const actor of named) {
    const match = matchActor(actor, known, text);
    const name = match ? canonicalName(match.name, actor.name) : actor.name;
    const id = await tx.upsertActor({ name: match?.name ?? name, type: actor.type, aliases: [actor.name, ...actor.aliases], affiliation: actor.affiliation }, match?.id ?? null);
    if (match && name !== match.name) await tx.renameActor(id, name);
    for (const n of [actor.name, ...actor.aliases]) ids.set(n, id);
  }
  return ids;
}

function lastToken(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/**
 * Stores the statements. One that repeats an earlier statement of its event verbatim, by the same
 * speaker (a wire story run by several outlets), gets no blocking keys: it is never a candidate,
 * so repeats do not crowd the candidate lists, and the earlier one stands for it in every pair.
 */
async function insertStatements(
  tx: Mutations,
  extraction: Extraction,
  actorIds: Map<string, number>,
  documentId: number,
  eventId: number,
): Promise<{ ids: number[]; repeated: Set<number> }> {
  const ids: number[] = [];
  const repeated = new Set<number>();
  if (extraction.statements.length === 0) return { ids, repeated };
  const keyLists = extraction.statements.map((s) => statementKeys(s, String(eventId)));
  const event = await EventPostings.read(tx, eventBlockKey(String(eventId)), keyLists);
  // statements read as possible twins, by id: nothing changes them while the document is stored
  const read = new Map<number, StatementRecord>();
  // written together once all are stored: nothing below reads the stored keys (the event's are in `event`)
  const indexed: [number, string[]][] = [];
  for (const [i, s] of extraction.statements.entries()) {
    const actorId = s.speaker === null ? null : (actorIds.get(s.speaker) ?? null);
    const keys = keyLists[i] ?? [];
    const twin = await repeatOf(tx, s, event.rank(keys, REPEAT_CANDIDATES), read);
    const id = await tx.insertStatement({ ...s, documentId, actorId, eventId });
    if (twin) repeated.add(id);
    else {
      indexed.push([id, keys]);
      event.add(id, keys);
    }
    ids.push(id);
  }
  await tx.indexStatements(indexed);
  return { ids, repeated };
}

/** Whether one of the `near` statements of the event says these words by this speaker; twins share every key, so they rank first. */
async function repeatOf(tx: Mutations, s: { speaker: string | null; text: string }, near: number[], read: Map<number, StatementRecord>): Promise<boolean> {
  for (const [id, o] of await tx.statementsByIds(near.filter((id) => !read.has(id)))) read.set(id, o);
  const text = normalizedText(s.text);
  return near.some((id) => {
    const o = read.get(id);
    return o !== undefined && o.speaker === s.speaker && normalizedText(o.text) === text;
  });
}

function scoringSide(s: StatementRecord): ScoringStatement {
  return {
    text: s.text,
    speaker: s.speaker,
    speakerAffiliation: s.affiliation,
    kind: s.kind,
    about: s.about,
    documentId: String(s.documentId),
    mode: s.mode,
    cue: s.cue,
  };
}

/**
 * Pairs that cannot diverge are not scored: one speaker within one document, and the same words
 * twice (syndicated copies of one wire story repeat every statement verbatim).
 */
function worthScoring(a: StatementRecord, b: StatementRecord, normalized: Map<number, string>): boolean {
  if (a.documentId === b.documentId && a.speaker !== null && a.speaker === b.speaker) return false;
  return normalized.get(a.id) !== normalized.get(b.id);
}

/**
 * Statements that repeat, verbatim and by the same speaker in the same event, an earlier statement
 * (a wire story run by several outlets): only the first of each such group is paired. Repeats stored
 * now have no blocking keys (insertStatements) and never get here; this keeps the rule for stores
 * written before that, whose repeats are still indexed.
 */
function repeats(all: Map<number, StatementRecord>, normalized: Map<number, string>): Set<number> {
  const first = new Map<string, number>();
  const out = new Set<number>();
  for (const s of [...all.values()].sort((a, b) => a.id - b.id)) {
    const key = `${s.eventId ?? ''}\u0000${s.speaker ?? ''}\u0000${normalized.get(s.id)}`;
    if (first.has(key)) out.add(s.id);
    else first.set(key, s.id);
  }
  return out;
}

function normalizedText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The postings of the events of these statements (one, the document's), read for all of their keys at once. */
async function eventsOf(tx: Mutations, statements: StatementRecord[], keysOf: Map<number, string[]>): Promise<Map<number, EventPostings>> {
  const out = new Map<number, EventPostings>();
  for (const eventId of new Set(statements.flatMap((s) => (s.eventId === null ? [] : [s.eventId])))) {
    const keyLists = statements.filter((s) => s.eventId === eventId).map((s) => keysOf.get(s.id) ?? []);
    out.set(eventId, await EventPostings.read(tx, eventBlockKey(String(eventId)), keyLists));
  }
  return out;
}

/** Scores each new statement against its blocked candidates (never the whole store). */
async function pairAndScore(tx: Mutations, newIds: number[]): Promise<{ divergenceIds: number[]; flaggedIds: number[]; candidatePairs: number; scoredPairs: number }> {
  const fresh = await tx.statementsByIds(newIds);
  const keysOf = new Map([...fresh.values()].map((s) => [s.id, statementKeys(s, null)]));
  const events = await eventsOf(tx, [...fresh.values()], keysOf);
  // keys too common to block on across events, asked once for the document (no posting is added below)
  const common = await tx.commonKeys([...keysOf.values()].flat(), CROSS_EVENT_MAX_POSTINGS);
  const pairs = new Map<string, [number, number]>();
  for (const id of newIds) {
    const s = fresh.get(id);
    if (!s) continue;
    const otherKeys = keysOf.get(id) ?? [];
    const event = s.eventId === null ? undefined : events.get(s.eventId);
    const candidates = [
      ...(event ? event.rank(otherKeys, SAME_EVENT_CANDIDATES) : []),
      ...(await tx.statementsByKeys(otherKeys.filter((k) => !common.has(k)), CROSS_EVENT_CANDIDATES, CROSS_EVENT_MIN_SHARED_KEYS)),
    ];
    for (const other of candidates) {
      if (other === id) continue;
      const [a, b] = other < id ? [other, id] : [id, other];
      pairs.set(`${a}:${b}`, [a, b]);
    }
  }
  const all = await tx.statementsByIds([...pairs.values()].flat());
  // each statement's normalised text once: a statement is in many pairs
  const normalized = new Map([...all.values()].map((s) => [s.id, normalizedText(s.text)]));
  const covered = repeats(all, normalized);
  const created: number[] = [];
  const flagged: number[] = [];
  let scored = 0;
  for (const [aId, bId] of pairs.values()) {
    const a = all.get(aId);
    const b = all.get(bId);
    if (!a || !b) continue;
    if (covered.has(aId) || covered.has(bId) || !worthScoring(a, b, normalized)) continue;
    scored++;
    const sameEvent = a.eventId !== null && a.eventId === b.eventId;
    const result = scorePair(scoringSide(a), scoringSide(b), { sameEvent, differentEvents: !sameEvent && a.eventId !== null && b.eventId !== null });
    // flagged pairs, and near misses a dashboard lowering minScore can list (never announced by default)
    if (result.score < STORED_MIN_SCORE || result.leaning === null) continue;
    const id = await tx.insertDivergence({
      aId,
      bId,
      kind: result.leaning,
      score: result.score,
      relatedness: result.relatedness,
      flagged: result.flag,
      components: result.components,
      cues: result.cues,
      eventId: sameEvent ? a.eventId : null,
    });
    if (id === null) continue;
    created.push(id);
    if (result.flag) flagged.push(id);
  }
  return { divergenceIds: created, flaggedIds: flagged, candidatePairs: pairs.size, scoredPairs: scored };
}
