// Document-to-document similarity: the links average linkage groups by, in batch (groupFeatures) and in
// the service (which stores each document's links to the documents it is compared with). The same
// channels and combination as a document against a one-document event summary (Scorer.similarity),
// computed on vectors prepared once per document, since a document is linked many times.
import params from './params.json' with { type: 'json' };
import { parseDay } from './dates.js';
import { MAX_SUMMARY_NOUNS, MAX_SUMMARY_PARTICIPANTS, MAX_SUMMARY_PLACES, MAX_SUMMARY_TERMS, MAX_SUMMARY_YEARS } from './summary.js';
import { combine, smoothedIdf, type MatchParams, type SimilarityParts } from './similarity.js';
import { top } from './vectors.js';
import type { CorpusStats, EventFeatures, Weights } from './types.js';

/** Batch grouping and the service's links: fitted by scripts/fit-events.ts (`batch`). */
const LINK_PARAMS: MatchParams = params.batch;
const PLAIN: MatchParams = params.plain;

/** One channel: keys with their channel prefix (the document-frequency key), weights, and a lookup. */
interface Vector {
  keys: string[];
  weights: number[];
  index: Map<string, number>;
  /** Length without IDF, for plain cosines. */
  plainNorm: number;
}

interface Channels {
  terms: Vector;
  lead: Vector;
  participants: Vector;
  nouns: Vector;
  places: Vector;
  years: Vector;
}

/** A document's channels, built once and reused by every scorer. */
export interface PreparedDocument {
  /** As the newer side of a link: the document as it is. */
  readonly own: Channels;
  /** As the older side: bounded as a one-document event summary is (only the nouns ever exceed a bound). */
  readonly asEvent: Channels;
  readonly from: number | null;
  readonly to: number | null;
}

function vector(v: Weights, prefix: string, cap = Infinity): Vector {
  const kept = Object.keys(v).length > cap ? top(v, cap) : v;
  const keys: string[] = [];
  const weights: number[] = [];
  const index = new Map<string, number>();
  let n = 0;
  for (const [k, x] of Object.entries(kept)) {
    const key = prefix + k;
    index.set(key, x);
    keys.push(key);
    weights.push(x);
    n += x * x;
  }
  return { keys, weights, index, plainNorm: Math.sqrt(n) };
}

export function prepareDocument(f: EventFeatures): PreparedDocument {
  const own: Channels = {
    terms: vector(f.terms, 't:'),
    lead: vector(f.lead, 't:'),
    participants: vector(f.participants, 'p:'),
    nouns: vector(f.nouns, 'n:'),
    places: vector(f.places, 'l:'),
    years: vector(f.years, 'y:'),
  };
  const over = (v: Weights, cap: number) => Object.keys(v).length > cap;
  const bounded =
    over(f.terms, MAX_SUMMARY_TERMS) || over(f.lead, MAX_SUMMARY_TERMS) || over(f.participants, MAX_SUMMARY_PARTICIPANTS) ||
    over(f.nouns, MAX_SUMMARY_NOUNS) || over(f.places, MAX_SUMMARY_PLACES) || over(f.years, MAX_SUMMARY_YEARS);
  const asEvent: Channels = bounded
    ? {
        terms: vector(f.terms, 't:', MAX_SUMMARY_TERMS),
        lead: vector(f.lead, 't:', MAX_SUMMARY_TERMS),
        participants: vector(f.participants, 'p:', MAX_SUMMARY_PARTICIPANTS),
        nouns: vector(f.nouns, 'n:', MAX_SUMMARY_NOUNS),
        places: vector(f.places, 'l:', MAX_SUMMARY_PLACES),
        years: vector(f.years, 'y:', MAX_SUMMARY_YEARS),
      }
    : own;
  return { own, asEvent, from: parseDay(f.from), to: parseDay(f.to) };
}

/** The document-frequency keys a LinkScorer looks up for this document, on either side of a link. */
export function linkKeys(p: PreparedDocument): string[] {
  const c = p.own;
  return [...c.terms.keys, ...c.lead.keys, ...c.participants.keys, ...c.nouns.keys, ...c.places.keys, ...c.years.keys];
}

/** A vector's IDF norm is reused until the corpus has grown by this share since it was computed. */
const NORM_DRIFT = 0.01;

/**
 * IDF norms of documents' vectors across scorers: a document is compared again and again while the
 * corpus grows by one document each time, and its norm hardly moves; recomputing it needs the
 * document frequencies of all its keys. Only the dot products need exact IDFs, and those are over
 * the new document's keys.
 */
export class NormCache {
  private readonly norms = new WeakMap<Vector, { documents: number; norm: number }>();

  private fresh(v: Vector, documents: number): { documents: number; norm: number } | undefined {
    const n = this.norms.get(v);
    return n && Math.abs(documents - n.documents) <= NORM_DRIFT * documents ? n : undefined;
  }

  /** Whether this document's norms (as the older side of a link) can be reused at this corpus size. */
  current(p: PreparedDocument, documents: number): boolean {
    const c = p.asEvent;
    return [c.terms, c.lead, c.participants, c.nouns, c.places, c.years].every((v) => v.keys.length === 0 || this.fresh(v, documents) !== undefined);
  }

  get(v: Vector, documents: number): number | undefined {
    return this.fresh(v, documents)?.norm;
  }

  set(v: Vector, documents: number, norm: number): void {
    this.norms.set(v, { documents, norm });
  }
}

/**
 * Similarity of two documents under fixed corpus statistics: IDF cosines blended with plain ones by
 * λ = n/(n + corpusPrior), n the corpus size, so a small corpus is judged like plain cosines; `cut`
 * blends the two thresholds alike. Valid while the statistics do not change.
 */
export class LinkScorer {
  readonly cut: number;
  private readonly lambda: number;
  private readonly idfs = new Map<string, number>();
  private readonly norms = new WeakMap<Vector, number>();

  /** `cache`: IDF norms kept across scorers (the older documents' norms come from it while fresh). */
  constructor(
    private readonly stats: CorpusStats,
    private readonly params: MatchParams = LINK_PARAMS,
    private readonly cache?: NormCache,
  ) {
    const prior = params.corpusPrior ?? 0;
    this.lambda = prior > 0 ? stats.documents / (stats.documents + prior) : 1;
    this.cut = this.lambda * params.threshold + (1 - this.lambda) * PLAIN.threshold;
  }

  private idf(key: string): number {
    let v = this.idfs.get(key);
    if (v === undefined) {
      v = smoothedIdf(this.stats, key);
      this.idfs.set(key, v);
    }
    return v;
  }

  private norm(v: Vector): number {
    let n = this.norms.get(v) ?? this.cache?.get(v, this.stats.documents);
    if (n === undefined) {
      n = 0;
      for (let i = 0; i < v.keys.length; i++) {
        const y = v.weights[i]! * this.idf(v.keys[i]!);
        n += y * y;
      }
      n = Math.sqrt(n);
      this.cache?.set(v, this.stats.documents, n);
    }
    this.norms.set(v, n);
    return n;
  }

  /** IDF and plain cosines of one channel in one pass. */
  private cosines(a: Vector, b: Vector): [number, number] {
    if (a.plainNorm === 0 || b.plainNorm === 0) return [0, 0];
    const [small, large] = a.keys.length <= b.keys.length ? [a, b] : [b, a];
    let dot = 0;
    let plainDot = 0;
    for (let i = 0; i < small.keys.length; i++) {
      const key = small.keys[i]!;
      const y = large.index.get(key);
      if (y === undefined) continue;
      const xy = small.weights[i]! * y;
      plainDot += xy;
      if (this.lambda > 0) {
        const w = this.idf(key);
        dot += xy * w * w;
      }
    }
    const idfCosine = this.lambda > 0 ? dot / (this.norm(a) * this.norm(b)) : 0;
    return [idfCosine, plainDot / (a.plainNorm * b.plainNorm)];
  }

  /** The newer document against the older one (seen as a one-document event). */
  similarity(newer: PreparedDocument, older: PreparedDocument): number {
    const a = newer.own;
    const b = older.asEvent;
    const [terms, plainTerms] = this.cosines(a.terms, b.terms);
    const [lead, plainLead] = this.cosines(a.lead, b.lead);
    const cast = a.participants.keys.length > 0 && b.participants.keys.length > 0 ? this.cosines(a.participants, b.participants) : null;
    const [nouns, plainNouns] = this.cosines(a.nouns, b.nouns);
    const somePlace = a.places.keys.length > 0 || b.places.keys.length > 0;
    const bothPlaces = a.places.keys.length > 0 && b.places.keys.length > 0;
    const places = somePlace ? this.cosines(a.places, b.places) : null;
    const years = a.years.keys.length > 0 && b.years.keys.length > 0 ? this.cosines(a.years, b.years) : null;
    let gapDays: number | null = null;
    if (newer.from !== null && older.from !== null && newer.to !== null && older.to !== null) {
      gapDays = Math.max(0, newer.from - older.to, older.from - newer.to);
    }
    const parts = (k: 0 | 1, w: MatchParams): SimilarityParts => ({
      terms: k === 0 ? terms : plainTerms,
      lead: k === 0 ? lead : plainLead,
      participants: cast ? cast[k] : null,
      nouns: k === 0 ? nouns : plainNouns,
      places: places && (w.placesNeedBoth > 0 ? bothPlaces : somePlace) ? places[k] : null,
      years: years ? years[k] : null,
      gapDays,
    });
    const idfSimilarity = this.lambda > 0 ? combine(parts(0, this.params), this.params) : 0;
    const plainSimilarity = this.lambda < 1 ? combine(parts(1, PLAIN), PLAIN) : 0;
    return this.lambda * idfSimilarity + (1 - this.lambda) * plainSimilarity;
  }
}
