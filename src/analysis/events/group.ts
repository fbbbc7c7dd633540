// Batch grouping as a sequence of incremental ingests, as the store does it: features → candidate
// events through the key index → join the best above threshold or open a new event; then a merge
// pass over events whose summaries have grown alike.
import { documentFeatures } from './features.js';
import { BATCH_PARAMS, CorpusCounter, Scorer, paramsFor, rankEvents, type MatchParams } from './similarity.js';
import { LinkScorer, prepareDocument } from './links.js';
import { eventKeys, summaryKeys } from './keys.js';
import { absorb, mergeSummaries, summarize } from './summary.js';
import type { CorpusStats, EventDocument, EventFeatures, EventSummary } from './types.js';

/** Candidates beyond this many (most shared keys first) are not compared. */
const MAX_CANDIDATES = 50;

export interface EventIndexOptions {
  /**
   * Corpus statistics for IDF weighting, fixed for the index's life (batch: counted over all the
   * documents first), or 'online': the index counts each document as it is ingested, as a store
   * keeping a document-frequency table does. Absent: plain cosines.
   */
  stats?: CorpusStats | 'online';
  /** Overrides the parameters that go with the statistics mode. */
  params?: MatchParams;
}

interface Pair {
  sim: number;
  a: string;
  b: string;
  va: number;
  vb: number;
}

/** Best pair first: higher similarity, then smaller ids, so the order is total and deterministic. */
function before(x: Pair, y: Pair): boolean {
  if (x.sim !== y.sim) return x.sim > y.sim;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

/** A binary heap of candidate merges. */
class PairHeap {
  private readonly items: Pair[] = [];

  get size(): number {
    return this.items.length;
  }

  push(p: Pair): void {
    const h = this.items;
    h.push(p);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Pair | undefined {
    const h = this.items;
    const topItem = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return topItem;
  }
}

/** An in-memory event index: what the store keeps in its tables. */
export class EventIndex {
  readonly summaries = new Map<string, EventSummary>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, Set<string>>();
  private readonly version = new Map<string, number>();
  private next = 1;
  private readonly mergedInto = new Map<string, string>();
  private readonly counter: CorpusCounter | null;
  private readonly fixed: Scorer | null;
  readonly params: MatchParams;

  constructor(options: EventIndexOptions = {}) {
    this.counter = options.stats === 'online' ? new CorpusCounter() : null;
    const stats = options.stats === 'online' ? undefined : options.stats;
    this.fixed = this.counter ? null : new Scorer(stats);
    this.params = options.params ?? paramsFor(options.stats === undefined ? undefined : this.counter ?? stats);
  }

  /** The scorer for the statistics as they stand (online statistics change with every document). */
  private scorer(): Scorer {
    return this.fixed ?? new Scorer(this.counter!);
  }

  candidates(keys: string[], self?: string): { id: string; summary: EventSummary }[] {
    const shared = new Map<string, number>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) if (id !== self) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => ({ id, summary: this.summaries.get(id)! }));
  }

  /**
   * Place a document's features in an event; returns the event id. A document that fits two events
   * joins the better one; the two merge only if their own summaries are alike, so one bridging
   * document cannot chain two happenings together.
   */
  ingest(f: EventFeatures): string {
    this.counter?.add(f);
    const scorer = this.scorer();
    const keys = eventKeys(f);
    const ranked = rankEvents(f, this.candidates(keys), scorer.stats, this.params, scorer);
    let id = ranked[0]?.id ?? `e${this.next++}`;
    const prev = this.summaries.get(id);
    this.summaries.set(id, prev ? absorb(prev, f) : summarize(f));
    this.bump(id);
    this.index(id, keys);
    for (const other of ranked.slice(1)) {
      const a = this.summaries.get(id)!;
      const b = this.summaries.get(other.id);
      if (b && scorer.summarySimilarity(a, b, this.params) >= this.params.mergeThreshold) id = this.merge(id, other.id);
    }
    return this.resolve(id);
  }

  /** Merge two events; the smaller id survives, so the outcome does not depend on which came first. */
  merge(x: string, y: string): string {
    const [keep, drop] = x < y ? [x, y] : [y, x];
    this.summaries.set(keep, mergeSummaries(this.summaries.get(keep)!, this.summaries.get(drop)!));
    this.summaries.delete(drop);
    for (const k of this.keysOf.get(drop) ?? []) {
      const set = this.byKey.get(k)!;
      set.delete(drop);
      set.add(keep);
      this.keysOf.get(keep)!.add(k);
    }
    this.keysOf.delete(drop);
    this.index(keep, summaryKeys(this.summaries.get(keep)!));
    this.mergedInto.set(drop, keep);
    this.bump(keep);
    this.version.delete(drop);
    return keep;
  }

  /** Pairs of live events worth comparing: each event with the events sharing its keys. */
  private neighbours(id: string): string[] {
    return this.candidates(summaryKeys(this.summaries.get(id)!), id).map((c) => c.id);
  }

  /**
   * Merge events whose summaries have grown alike: a happening first reported in different words
   * opens several events, and their centroids converge as documents arrive. Best pair first, from a
   * priority queue; a merge re-scores only the merged event's pairs (stale entries are skipped).
   */
  consolidate(): void {
    const scorer = this.scorer();
    const heap = new PairHeap();
    const offer = (x: string, y: string) => {
      const [a, b] = x < y ? [x, y] : [y, x];
      const sim = scorer.summarySimilarity(this.summaries.get(a)!, this.summaries.get(b)!, this.params);
      if (sim >= this.params.mergeThreshold) heap.push({ sim, a, b, va: this.version.get(a)!, vb: this.version.get(b)! });
    };
    const seen = new Set<string>();
    for (const a of this.summaries.keys()) {
      for (const b of this.neighbours(a)) {
        const key = a < b ? `${a} ${b}` : `${b} ${a}`;
        if (seen.has(key)) continue;
        seen.add(key);
        offer(a, b);
      }
    }
    while (heap.size > 0) {
      const p = heap.pop()!;
      if (this.version.get(p.a) !== p.va || this.version.get(p.b) !== p.vb) continue;
      const keep = this.merge(p.a, p.b);
      for (const b of this.neighbours(keep)) offer(keep, b);
    }
  }

  /**
   * The reference merge pass: rescan every pair after each merge (quadratic per merge). Gives the
   * same events as consolidate() whenever no event has more than MAX_CANDIDATES key-sharing
   * neighbours; kept for tests.
   */
  consolidateSlow(): void {
    const scorer = this.scorer();
    for (;;) {
      let best: Pair | null = null;
      for (const x of this.summaries.keys()) {
        for (const y of this.neighbours(x)) {
          const [a, b] = x < y ? [x, y] : [y, x];
          const sim = scorer.summarySimilarity(this.summaries.get(a)!, this.summaries.get(b)!, this.params);
          const p = { sim, a, b, va: 0, vb: 0 };
          if (sim >= this.params.mergeThreshold && (!best || before(p, best))) best = p;
        }
      }
      if (!best) return;
      this.merge(best.a, best.b);
    }
  }

  /** The live id of an event that may since have been merged into another. */
  resolve(id: string): string {
    let cur = id;
    for (let next = this.mergedInto.get(cur); next !== undefined; next = this.mergedInto.get(cur)) cur = next;
    return cur;
  }

  private bump(id: string): void {
    this.version.set(id, (this.version.get(id) ?? 0) + 1);
  }

  private index(id: string, keys: string[]): void {
    let own = this.keysOf.get(id);
    if (!own) this.keysOf.set(id, (own = new Set()));
    for (const k of keys) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(id);
      own.add(k);
    }
  }
}

/**
 * Event ids for a batch of documents. The batch is the corpus: document frequencies are counted
 * over all of it first; documents are then grouped by average linkage over the same IDF-weighted
 * channels the stream uses (BATCH_PARAMS: its threshold is the linkage cut). IDF needs a corpus:
 * with n documents the pair similarity and the cut are blended with the plain ones (PLAIN_PARAMS) by
 * λ = n/(n + corpusPrior), so a handful of documents groups as plain cosines would and a large batch
 * by IDF.
 */
export function groupDocuments(docs: EventDocument[], options: { params?: MatchParams } = {}): string[] {
  return groupFeatures(docs.map((d) => documentFeatures(d)), options);
}

/** groupDocuments on features already computed (the fitting script reuses them across trials). */
export function groupFeatures(features: EventFeatures[], options: { params?: MatchParams } = {}): string[] {
  const stats = new CorpusCounter();
  for (const f of features) stats.add(f);
  const links = new LinkScorer(stats, options.params ?? BATCH_PARAMS);
  const prepared = features.map((f) => prepareDocument(f));
  // A document against an earlier one (as a one-document event): symmetric, so one direction suffices.
  return averageLinkage(features, (i, j) => links.similarity(prepared[i]!, prepared[j]!), links.cut).map((c) => `e${c + 1}`);
}

/** Document pairs beyond this many per document (most shared keys first) are taken as unrelated. */
const MAX_PAIRS_PER_DOCUMENT = 60;

/**
 * Agglomerative clustering with average linkage over document–document similarities, the pairs
 * blocked through the key index: merge the two groups with the highest mean pairwise similarity
 * until it falls below the threshold. A batch sees all its documents, so it need not commit early
 * as a stream must; merged similarities follow Lance–Williams (sums add), from a priority queue.
 * Returns for each document the smallest index in its group.
 */
function averageLinkage(features: EventFeatures[], pair: (i: number, j: number) => number, cut: number): number[] {
  const n = features.length;
  const sums: Map<number, number>[] = features.map(() => new Map());
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>();
    const keys = eventKeys(features[i]!);
    for (const k of keys) for (const j of byKey.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const near = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_PAIRS_PER_DOCUMENT);
    for (const [j] of near) {
      const sim = pair(i, j);
      if (sim > 0) {
        sums[i]!.set(j, sim);
        sums[j]!.set(i, sim);
      }
    }
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  }
  const size = new Array<number>(n).fill(1);
  const version = new Array<number>(n).fill(0);
  const parent = Array.from({ length: n }, (_, i) => i);
  const heap = new PairHeap();
  const offer = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const sim = sums[a]!.get(b)! / (size[a]! * size[b]!);
    if (sim >= cut) heap.push({ sim, a: id(a), b: id(b), va: version[a]!, vb: version[b]! });
  };
  for (let i = 0; i < n; i++) for (const j of sums[i]!.keys()) if (i < j) offer(i, j);
  while (heap.size > 0) {
    const top = heap.pop()!;
    const a = Number(top.a.slice(1));
    const b = Number(top.b.slice(1));
    if (version[a] !== top.va || version[b] !== top.vb || parent[a] !== a || parent[b] !== b) continue;
    // b joins a (a < b): its similarity sums move over.
    parent[b] = a;
    size[a]! += size[b]!;
    version[a]!++;
    version[b]!++;
    const sa = sums[a]!;
    sa.delete(b);
    for (const [c, s] of sums[b]!) {
      if (c === a) continue;
      sa.set(c, (sa.get(c) ?? 0) + s);
      const sc = sums[c]!;
      sc.delete(b);
      sc.set(a, (sc.get(a) ?? 0) + s);
    }
    sums[b]!.clear();
    for (const c of sa.keys()) offer(a, c);
  }
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
  return features.map((_, i) => root(i));
}

/** Fixed-width ids so that string order is index order in the heap. */
function id(i: number): string {
  return `d${String(i).padStart(9, '0')}`;
}
