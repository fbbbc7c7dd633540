// How well a document fits an event (Miranda et al. 2018): several similarity channels — content
// terms, lead terms, cast, event nouns, places, years — each a cosine over IDF-weighted vectors when
// corpus statistics are at hand, combined as a weighted mean over the channels with evidence, then
// discounted when the cast or the years disagree outright and when the dates lie apart.
import params from './params.json' with { type: 'json' };
import { parseDay } from './dates.js';
import { participantWeights } from './summary.js';
import type { CorpusStats, EventFeatures, EventSummary, Weights } from './types.js';

export interface SimilarityParts {
  terms: number;
  lead: number;
  /** Null when either side names nobody: no evidence either way. */
  participants: number | null;
  nouns: number;
  /** Null when neither side names a fine place: no evidence either way. */
  places: number | null;
  /** Null when either side names no year. */
  years: number | null;
  /** Days between the two date spans, null when either is unknown. */
  gapDays: number | null;
}

export interface MatchParams {
  terms: number;
  lead: number;
  participants: number;
  nouns: number;
  places: number;
  years: number;
  /** Join an event only above this: conservative, a wrong join is worse than a split. */
  threshold: number;
  /** Within this many days dates do not count against a match. */
  sameTimeDays: number;
  /** Decay (days) of the time factor beyond sameTimeDays. */
  timeDecayDays: number;
  /** Factor when both sides name participants and share none (1: no requirement). */
  castMismatch: number;
  /** Factor when both sides name years and share none. */
  yearMismatch: number;
  /**
   * 0: compare centroids. 1: scale term and lead cosines by each side's cohesion (length of its mean
   * unit vector), which turns the centroid cosine into about the mean pairwise cosine (average
   * linkage), so big loose events do not swallow their neighbours.
   */
  linkage: number;
  /** 1: the place channel counts only when both sides name a fine place; 0: when either does. */
  placesNeedBoth: number;
  /**
   * Batch only: IDF needs a corpus. With n documents in the batch a pair scores
   * λ·(IDF similarity − threshold) + (1 − λ)·(plain similarity − plain threshold), λ = n/(n + corpusPrior):
   * a handful of documents is judged like plain cosines (PLAIN_PARAMS), a large batch by IDF.
   * Absent or 0: IDF alone.
   */
  corpusPrior?: number;
}

/**
 * Without corpus statistics (plain cosines): chosen by random search on odd ECB+ topics under the
 * constraint that every ingest order of the seed articles gives their three events. What a small
 * batch's links are blended toward (corpusPrior).
 */
export const PLAIN_PARAMS: MatchParams = params.plain;
/** Batch grouping (average linkage over documents): fitted by scripts/fit-events.ts likewise. */
export const BATCH_PARAMS: MatchParams = params.batch;
/**
 * The service's document links (EventStream, src/service/event-assign.ts): the batch parameters
 * unless scripts/fit-events.ts --set stream fitted its own.
 */
export const STREAM_PARAMS: MatchParams = (params as { stream?: MatchParams }).stream ?? params.batch;

const CHANNEL_PREFIX = { terms: 't:', participants: 'p:', places: 'l:', nouns: 'n:', years: 'y:' } as const;

/** The keys whose document frequencies a store counts, once per document. */
export function statsKeys(f: EventFeatures): string[] {
  return [
    ...Object.keys(f.terms).map((k) => `t:${k}`),
    ...Object.keys(f.participants).map((k) => `p:${k}`),
    ...Object.keys(f.places).map((k) => `l:${k}`),
    ...Object.keys(f.nouns).map((k) => `n:${k}`),
    ...Object.keys(f.years).map((k) => `y:${k}`),
  ];
}

/** Document frequencies kept in memory, for batch grouping and tests; what the store keeps in a table. */
export class CorpusCounter implements CorpusStats {
  documents = 0;
  private readonly counts = new Map<string, number>();

  add(f: EventFeatures): void {
    this.documents++;
    for (const k of statsKeys(f)) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  df(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

interface Prepared {
  map: Map<string, number>;
  norm: number;
}

/** IDF of a key, smoothed and never below 1: with few documents seen every key weighs about the same. */
export function smoothedIdf(stats: CorpusStats, key: string): number {
  const n = Math.max(stats.documents, 0);
  return Math.log((n + 1) / (Math.min(stats.df(key), n) + 1)) + 1;
}

/**
 * A document against an event summary: IDF-weighted cosines with memoised IDFs and norms. Valid
 * while the statistics do not change; a Scorer without statistics gives plain cosines. The
 * definition document links (LinkScorer) are tested against, a document against a one-document event.
 */
export class Scorer {
  private readonly idfs = new Map<string, number>();
  private readonly prepared = new WeakMap<Weights, Prepared>();
  private readonly cast = new WeakMap<EventSummary, Weights>();
  private readonly days = new Map<string, number | null>();

  constructor(readonly stats?: CorpusStats) {}

  idf(key: string): number {
    if (!this.stats) return 1;
    let v = this.idfs.get(key);
    if (v === undefined) {
      v = smoothedIdf(this.stats, key);
      this.idfs.set(key, v);
    }
    return v;
  }

  /** v with IDF applied, as a Map, with its norm; memoised per vector object. */
  private weighted(v: Weights, prefix: string): Prepared {
    let p = this.prepared.get(v);
    if (!p) {
      const map = new Map<string, number>();
      let n = 0;
      for (const [k, x] of Object.entries(v)) {
        const y = x * this.idf(prefix + k);
        map.set(k, y);
        n += y * y;
      }
      p = { map, norm: Math.sqrt(n) };
      this.prepared.set(v, p);
    }
    return p;
  }

  cosine(a: Weights, b: Weights, prefix: string): number {
    const pa = this.weighted(a, prefix);
    const pb = this.weighted(b, prefix);
    if (pa.norm === 0 || pb.norm === 0) return 0;
    const [small, large] = pa.map.size <= pb.map.size ? [pa.map, pb.map] : [pb.map, pa.map];
    let dot = 0;
    for (const [k, x] of small) {
      const y = large.get(k);
      if (y !== undefined) dot += x * y;
    }
    return dot / (pa.norm * pb.norm);
  }

  /** parseDay, memoised: a batch compares the same few dates many times. */
  private day(iso: string | null | undefined): number | null {
    if (!iso) return null;
    let d = this.days.get(iso);
    if (d === undefined) this.days.set(iso, (d = parseDay(iso)));
    return d;
  }

  participants(s: EventSummary): Weights {
    let v = this.cast.get(s);
    if (!v) this.cast.set(s, (v = participantWeights(s)));
    return v;
  }

  parts(f: EventFeatures, s: EventSummary, linkage = 0, placesNeedBoth = 0): SimilarityParts {
    const placeEvidence = placesNeedBoth > 0 ? nonEmpty(f.places) && nonEmpty(s.places) : nonEmpty(f.places) || nonEmpty(s.places);
    const from = [this.day(f.from), this.day(s.from)];
    const to = [this.day(f.to), this.day(s.to)];
    let gapDays: number | null = null;
    if (from[0] != null && from[1] != null && to[0] != null && to[1] != null) {
      gapDays = Math.max(0, from[0] - to[1], from[1] - to[0]);
    }
    const cast = this.participants(s);
    const years = s.years ?? {};
    // A document is one unit vector (cohesion 1): only the event's cohesion scales.
    const scale = (b: Weights) => (linkage === 0 ? 1 : cohesion(b, s.documents) ** linkage);
    return {
      terms: this.cosine(f.terms, s.terms, CHANNEL_PREFIX.terms) * scale(s.terms),
      lead: this.cosine(f.lead, s.lead, CHANNEL_PREFIX.terms) * scale(s.lead),
      participants: nonEmpty(f.participants) && nonEmpty(cast) ? this.cosine(f.participants, cast, CHANNEL_PREFIX.participants) : null,
      nouns: this.cosine(f.nouns, s.nouns, CHANNEL_PREFIX.nouns),
      places: placeEvidence ? this.cosine(f.places, s.places, CHANNEL_PREFIX.places) : null,
      years: nonEmpty(f.years) && nonEmpty(years) ? this.cosine(f.years, years, CHANNEL_PREFIX.years) : null,
      gapDays,
    };
  }

  similarity(f: EventFeatures, s: EventSummary, w: MatchParams): number {
    return combine(this.parts(f, s, w.linkage, w.placesNeedBoth), w);
  }
}

/** Length of the mean of the unit vectors summed into v: 1 for one document, less as they differ. */
function cohesion(v: Weights, documents: number): number {
  if (documents <= 1) return 1;
  let n = 0;
  for (const k in v) n += v[k]! * v[k]!;
  return Math.min(1, Math.sqrt(n) / documents);
}

function nonEmpty(v: Weights): boolean {
  for (const _ in v) return true;
  return false;
}

export function combine(p: SimilarityParts, w: MatchParams = PLAIN_PARAMS): number {
  // A channel without evidence (no fine place on either side) drops out of the weighted mean.
  const placeWeight = p.places === null ? 0 : w.places;
  const castWeight = p.participants === null ? 0 : w.participants;
  const yearWeight = p.years === null ? 0 : w.years;
  const total = w.terms + w.lead + castWeight + w.nouns + placeWeight + yearWeight;
  const sum =
    w.terms * p.terms +
    w.lead * p.lead +
    castWeight * (p.participants ?? 0) +
    w.nouns * p.nouns +
    placeWeight * (p.places ?? 0) +
    yearWeight * (p.years ?? 0);
  let base = total > 0 ? sum / total : 0;
  if (p.participants === 0) base *= w.castMismatch;
  if (p.years === 0) base *= w.yearMismatch;
  if (p.gapDays === null || p.gapDays <= w.sameTimeDays) return base;
  return base * Math.exp(-(p.gapDays - w.sameTimeDays) / w.timeDecayDays);
}
