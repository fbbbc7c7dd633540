// How well a document fits an event: a weighted mix of term, cast, event-noun and place overlap,
// discounted when both have dates that lie apart (Miranda et al. 2018: several similarities plus time).
import { parseDay } from './dates.js';
import { participantWeights } from './summary.js';
import { cosine } from './vectors.js';
import type { EventFeatures, EventSummary } from './types.js';

export interface SimilarityParts {
  terms: number;
  lead: number;
  participants: number;
  nouns: number;
  /** Null when neither side names a fine place: no evidence either way. */
  places: number | null;
  /** Days between the two date spans, null when either is unknown. */
  gapDays: number | null;
}

export interface MatchParams {
  terms: number;
  lead: number;
  participants: number;
  nouns: number;
  places: number;
  /** Join an event only above this: conservative, a wrong join is worse than a split. */
  threshold: number;
  /** Merge two events whose summaries are this similar (checked when a document fits both). */
  mergeThreshold: number;
  /** Within this many days dates do not count against a match. */
  sameTimeDays: number;
  /** Decay (days) of the time factor beyond sameTimeDays. */
  timeDecayDays: number;
}

// Chosen by random search on odd ECB+ topics under the constraint that every ingest order of the
// seed articles gives their three events (see scripts/eval-events.ts for the figures).
export const DEFAULT_PARAMS: MatchParams = {
  terms: 0.2,
  lead: 0.3,
  participants: 0.2,
  nouns: 0.1,
  places: 0.2,
  threshold: 0.4,
  mergeThreshold: 0.55,
  sameTimeDays: 3,
  timeDecayDays: 120,
};

export const JOIN_THRESHOLD = DEFAULT_PARAMS.threshold;

export function similarityParts(f: EventFeatures, s: EventSummary): SimilarityParts {
  const from = [parseDay(f.from), parseDay(s.from)];
  const to = [parseDay(f.to), parseDay(s.to)];
  let gapDays: number | null = null;
  if (from[0] != null && from[1] != null && to[0] != null && to[1] != null) {
    gapDays = Math.max(0, from[0] - to[1], from[1] - to[0]);
  }
  return {
    terms: cosine(f.terms, s.terms),
    lead: cosine(f.lead, s.lead),
    participants: Object.keys(f.participants).length > 0 && Object.keys(s.participants).length > 0 ? cosine(f.participants, participantWeights(s)) : null,
    nouns: cosine(f.nouns, s.nouns),
    places: Object.keys(f.places).length > 0 || Object.keys(s.places).length > 0 ? cosine(f.places, s.places) : null,
    gapDays,
  };
}

export function combine(p: SimilarityParts, w: MatchParams = DEFAULT_PARAMS): number {
  // A channel without evidence (no fine place on either side) drops out of the weighted mean.
  const placeWeight = p.places === null ? 0 : w.places;
  const castWeight = p.participants === null ? 0 : w.participants;
  const total = w.terms + w.lead + castWeight + w.nouns + placeWeight;
  const sum = w.terms * p.terms + w.lead * p.lead + castWeight * (p.participants ?? 0) + w.nouns * p.nouns + placeWeight * (p.places ?? 0);
  const base = sum / total;
  if (p.gapDays === null || p.gapDays <= w.sameTimeDays) return base;
  return base * Math.exp(-(p.gapDays - w.sameTimeDays) / w.timeDecayDays);
}

export function similarity(f: EventFeatures, s: EventSummary, w: MatchParams = DEFAULT_PARAMS): number {
  return combine(similarityParts(f, s), w);
}

/** A summary seen as one big document, to compare two events. */
export function summaryFeatures(s: EventSummary): EventFeatures {
  return {
    terms: s.terms,
    lead: s.lead,
    surface: s.surface,
    participants: participantWeights(s),
    names: Object.fromEntries(Object.entries(s.participants).map(([k, p]) => [k, p.name])),
    nouns: s.nouns,
    places: s.places,
    from: s.from,
    to: s.to,
  };
}

export function summarySimilarity(a: EventSummary, b: EventSummary, w: MatchParams = DEFAULT_PARAMS): number {
  return similarity(summaryFeatures(a), b, w);
}

/** All candidates at or above the join threshold, best first (ties by id). */
export function rankEvents(
  f: EventFeatures,
  candidates: { id: string; summary: EventSummary }[],
  w: MatchParams = DEFAULT_PARAMS,
): { id: string; similarity: number }[] {
  return candidates
    .map((c) => ({ id: c.id, similarity: similarity(f, c.summary, w) }))
    .filter((c) => c.similarity >= w.threshold)
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
}

export function matchEvent(
  f: EventFeatures,
  candidates: { id: string; summary: EventSummary }[],
  w: MatchParams = DEFAULT_PARAMS,
): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const c of candidates) {
    const sim = similarity(f, c.summary, w);
    // Ties go to the smaller id so the answer never depends on candidate order.
    if (sim >= w.threshold && (!best || sim > best.similarity || (sim === best.similarity && c.id < best.id))) {
      best = { id: c.id, similarity: sim };
    }
  }
  return best;
}
