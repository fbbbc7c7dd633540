// How much two statements are about the same thing: TF-IDF cosine over stems, aligned
// coverage (synonyms count), character Dice, shared actors, and being in one event.
import type { TextInfo } from './analyze.js';
import type { Alignment } from './align.js';
import { dice } from '../text/dice.js';

export interface RelatednessParts {
  cosine: number;
  dice: number;
  /** Content relatedness from the texts alone, 0..1. */
  content: number;
}

function cosine(a: TextInfo, b: TextInfo): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  const [small, big] = a.vector.size < b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  for (const [k, v] of small) {
    const w = big.get(k);
    if (w) dot += v * w;
  }
  return dot / (a.norm * b.norm);
}

export function contentRelatedness(a: TextInfo, b: TextInfo, al: Alignment): RelatednessParts {
  const c = cosine(a, b);
  // Dice over the content words only: cheaper than over the raw texts, and not fooled by shared function words.
  const d = a.contentText && b.contentText ? dice(a.contentText, b.contentText) : 0;
  // A short statement fully covered by a long one is about the same thing even if the cosine is low.
  const lo = Math.min(al.coverA, al.coverB);
  const hi = Math.max(al.coverA, al.coverB);
  const content = Math.min(1, Math.max(c, Math.sqrt(lo * hi), 0.85 * hi * Math.min(1, 4 * lo), 0.8 * d));
  return { cosine: c, dice: d, content };
}

/** Combine content with context: a shared actor adds, the same event sets a floor. */
export function relatedness(content: number, sharedActors: boolean, sameEvent: boolean): number {
  let r = 1 - (1 - content) * (sharedActors ? 0.75 : 1);
  if (sameEvent) r = Math.max(r, 0.6 + 0.4 * r);
  return r;
}

/** Smooth gate: 0 below `lo`, 1 above `hi`. Unrelated statements never diverge. */
export function gate(r: number, lo: number, hi: number): number {
  if (r <= lo) return 0;
  if (r >= hi) return 1;
  const x = (r - lo) / (hi - lo);
  return x * x * (3 - 2 * x);
}
