// Sparse weight vectors as plain records: the shape features and summaries are stored in.
import type { Weights } from './types.js';

export function norm(v: Weights): number {
  let s = 0;
  for (const x of Object.values(v)) s += x * x;
  return Math.sqrt(s);
}

export function cosine(a: Weights, b: Weights): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = Object.keys(a).length < Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of Object.entries(small)) {
    const y = large[k];
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

/** v scaled to unit length (empty stays empty). */
export function unit(v: Weights): Weights {
  const n = norm(v);
  const out: Weights = {};
  if (n === 0) return out;
  for (const [k, x] of Object.entries(v)) out[k] = x / n;
  return out;
}

export function addInto(target: Weights, v: Weights, scale = 1): Weights {
  for (const [k, x] of Object.entries(v)) target[k] = (target[k] ?? 0) + x * scale;
  return target;
}

/** The n heaviest entries, ties broken by key so the result never depends on insertion order. */
export function top(v: Weights, n: number): Weights {
  const entries = Object.entries(v).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, n));
}

export function topKeys(v: Weights, n: number): string[] {
  return Object.keys(top(v, n));
}

/**
 * a + scale·b, keeping the n heaviest entries (as top) only when there are more: a summary is
 * summed into once per document, and sorting a few hundred entries each time cost more than the rest.
 */
export function sumTop(a: Weights, b: Weights, n: number, scale = 1): Weights {
  const sum = new Map<string, number>();
  for (const k in a) sum.set(k, a[k]!);
  for (const k in b) sum.set(k, (sum.get(k) ?? 0) + b[k]! * scale);
  if (sum.size <= n) return Object.fromEntries(sum);
  // The n-th largest weight by a numeric sort; of the entries at it, the smallest keys (as top).
  const least = Float64Array.from(sum.values()).sort()[sum.size - n]!;
  const out: Weights = {};
  const ties: string[] = [];
  let kept = 0;
  for (const [k, x] of sum) {
    if (x > least) {
      out[k] = x;
      kept++;
    } else if (x === least) ties.push(k);
  }
  for (const k of ties.sort().slice(0, n - kept)) out[k] = least;
  return out;
}
