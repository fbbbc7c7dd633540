// Batch grouping as a sequence of incremental ingests, exactly as the store does it: features →
// candidate events through the key index → join the best above threshold or open a new event.
import { documentFeatures } from './features.js';
import { rankEvents, summarySimilarity, DEFAULT_PARAMS, type MatchParams } from './similarity.js';
import { eventKeys, summaryKeys } from './keys.js';
import { absorb, mergeSummaries, summarize } from './summary.js';
import type { EventDocument, EventFeatures, EventSummary } from './types.js';

/** Candidates beyond this many (most shared keys first) are not compared. */
const MAX_CANDIDATES = 50;

/** An in-memory event index: what the store keeps in its tables. */
export class EventIndex {
  readonly summaries = new Map<string, EventSummary>();
  private readonly byKey = new Map<string, Set<string>>();
  private next = 1;
  private readonly mergedInto = new Map<string, string>();

  constructor(private readonly params: MatchParams = DEFAULT_PARAMS) {}

  candidates(keys: string[]): { id: string; summary: EventSummary }[] {
    const shared = new Map<string, number>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
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
    const keys = eventKeys(f);
    const ranked = rankEvents(f, this.candidates(keys), this.params);
    let id = ranked[0]?.id ?? `e${this.next++}`;
    const prev = this.summaries.get(id);
    this.summaries.set(id, prev ? absorb(prev, f) : summarize(f));
    this.index(id, keys);
    for (const other of ranked.slice(1)) {
      const a = this.summaries.get(id)!;
      const b = this.summaries.get(other.id);
      if (b && summarySimilarity(a, b, this.params) >= this.params.mergeThreshold) id = this.merge(id, other.id);
    }
    return this.resolve(id);
  }

  /** Merge two events; the smaller id survives, so the outcome does not depend on which came first. */
  merge(x: string, y: string): string {
    const [keep, drop] = x < y ? [x, y] : [y, x];
    this.summaries.set(keep, mergeSummaries(this.summaries.get(keep)!, this.summaries.get(drop)!));
    this.summaries.delete(drop);
    for (const set of this.byKey.values()) if (set.delete(drop)) set.add(keep);
    this.index(keep, summaryKeys(this.summaries.get(keep)!));
    this.mergedInto.set(drop, keep);
    return keep;
  }

  /**
   * Merge events whose summaries have grown alike: a happening first reported in different words
   * opens several events, and their centroids converge as documents arrive. Best pair first.
   */
  consolidate(): void {
    for (;;) {
      let best: { a: string; b: string; sim: number } | null = null;
      for (const [a, sa] of this.summaries) {
        for (const c of this.candidates(summaryKeys(sa))) {
          if (c.id <= a) continue;
          const sim = summarySimilarity(sa, c.summary, this.params);
          if (sim >= this.params.mergeThreshold && (!best || sim > best.sim)) best = { a, b: c.id, sim };
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

  private index(id: string, keys: string[]): void {
    for (const k of keys) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(id);
    }
  }
}

export function groupDocuments(docs: EventDocument[]): string[] {
  const index = new EventIndex();
  const ids = docs.map((d) => index.ingest(documentFeatures(d)));
  index.consolidate();
  return ids.map((id) => index.resolve(id));
}
