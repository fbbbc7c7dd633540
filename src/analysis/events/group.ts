// Batch grouping (CLI `group`, eval): average linkage over document links, the pairs blocked
// through the documents' keys.
import { documentFeatures } from './features.js';
import { BATCH_PARAMS, CorpusCounter, type MatchParams } from './similarity.js';
import { LinkScorer, prepareDocument } from './links.js';
import { foldSums } from './linkage.js';
import { eventKeys } from './keys.js';
import type { EventDocument, EventFeatures } from './types.js';

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
    foldSums(sums, a, b);
    for (const c of sums[a]!.keys()) offer(a, c);
  }
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
  return features.map((_, i) => root(i));
}

/** Fixed-width ids so that string order is index order in the heap. */
function id(i: number): string {
  return `d${String(i).padStart(9, '0')}`;
}
