// How much two statements are about the same thing: TF-IDF cosine over stems, aligned
// coverage (synonyms count), character Dice, shared actors, and being in one event.
import type { TextInfo, Unit } from './analyze.js';
import type { Alignment } from './align.js';
import { dice, bigrams, diceOfBigrams, type Bigrams } from '../text/dice.js';
import { conceptKeys, type ConceptKeys } from './relations.js';

const DICE_CAP = 0.8;

export interface RelatednessParts {
  cosine: number;
  /** Dice over content words, or -1 when it could not change the result and was skipped. */
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

const contentBigrams = new WeakMap<TextInfo, Bigrams>();

/** dice(a.contentText, b.contentText), each text's bigrams counted once (a statement meets many others). */
function contentDice(a: TextInfo, b: TextInfo): number {
  let x = contentBigrams.get(a);
  if (!x) contentBigrams.set(a, (x = bigrams(a.contentText)));
  let y = contentBigrams.get(b);
  if (!y) contentBigrams.set(b, (y = bigrams(b.contentText)));
  return diceOfBigrams(x, y);
}

export function contentRelatedness(a: TextInfo, b: TextInfo, al: Alignment): RelatednessParts {
  const c = cosine(a, b);
  // A short statement fully covered by a long one is about the same thing even if the cosine is low.
  const lo = Math.min(al.coverA, al.coverB);
  const hi = Math.max(al.coverA, al.coverB);
  const words = Math.max(c, Math.sqrt(lo * hi), 0.85 * hi * Math.min(1, 4 * lo));
  // Character Dice over the content words catches spelling variants the stems miss
  // (Zelensky / Zelenskyy); it can only raise the figure, so skip it when it cannot.
  const d = words < DICE_CAP && a.contentText && b.contentText ? contentDice(a, b) : -1;
  const content = Math.min(1, Math.max(words, DICE_CAP * d));
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

interface TextKeys {
  stems: Set<string>;
  heads: Set<string>;
  lemmas: Set<string>;
  senses: Set<string>;
  concepts: Set<string>;
  closure: Set<string>;
  parts: Set<string>;
  /** Per unit, its own keys. */
  units: ConceptKeys[];
  totalIdf: number;
}

const textKeys = new WeakMap<TextInfo, TextKeys>();

function keysOf(t: TextInfo): TextKeys {
  let k = textKeys.get(t);
  if (k) return k;
  k = { stems: new Set(), heads: new Set(), lemmas: new Set(), senses: new Set(), concepts: new Set(), closure: new Set(), parts: new Set(), units: [], totalIdf: 0 };
  for (const u of t.units) {
    const c = conceptKeys(u.key);
    k.units.push(c);
    k.stems.add(u.stem);
    k.totalIdf += u.idf;
    if (u.tokTo - u.tokFrom > 1) k.heads.add(u.head);
    for (const x of c.lemmas) k.lemmas.add(x);
    for (const x of c.senses) k.senses.add(x);
    for (const x of c.concepts) k.concepts.add(x);
    for (const x of c.closure) k.closure.add(x);
    for (const x of c.parts) k.parts.add(x);
  }
  textKeys.set(t, k);
  return k;
}

function anyIn(xs: Iterable<string>, set: ReadonlySet<string>): boolean {
  for (const x of xs) if (set.has(x)) return true;
  return false;
}

/**
 * The best match quality unit u could get in y, by the ways align.ts matches and their
 * qualities (stem 1, lemma or sense 0.9, similar name 0.8, one a kind of the other 0.7), or 0.
 */
function bestQuality(u: Unit, c: ConceptKeys, y: TextInfo, ky: TextKeys): number {
  if (ky.stems.has(u.stem)) return 1;
  if (anyIn(c.lemmas, ky.lemmas) || anyIn(c.senses, ky.senses)) return 0.9;
  if (u.key.length >= 5) {
    for (const v of y.units) {
      if (v.key.length < 5) continue;
      if (v.key.startsWith(u.key) || u.key.startsWith(v.key)) return 0.9;
      if (u.proper && v.proper && u.key[0] === v.key[0] && dice(u.key, v.key) >= 0.7) return 0.9;
    }
  }
  if (ky.heads.has(u.head) || (u.tokTo - u.tokFrom > 1 && ky.stems.has(u.head))) return 0.7;
  if (anyIn(c.concepts, ky.closure) || anyIn(c.closure, ky.concepts)) return 0.7;
  if (anyIn(c.lemmas, ky.parts) || anyIn(ky.lemmas, c.parts)) return 0.7;
  return 0;
}

/** An upper bound on align.ts's coverage of x by y (IDF-weighted best possible match quality). */
function potentialCover(x: TextInfo, kx: TextKeys, y: TextInfo, ky: TextKeys): number {
  if (!kx.totalIdf) return 0;
  let num = 0;
  for (let i = 0; i < x.units.length; i++) num += x.units[i]!.idf * bestQuality(x.units[i]!, kx.units[i]!, y, ky);
  return num / kx.totalIdf;
}

/**
 * An upper bound on contentRelatedness without aligning: the TF-IDF cosine, the share of each
 * side's units that could find a partner at all, and the character Dice. Once it is known to
 * exceed `enough` it returns early (the caller only needs to know whether it can pass a gate).
 */
export function contentRelatednessBound(a: TextInfo, b: TextInfo, enough = 1): number {
  // cheapest first: the cosine and the character Dice are terms of the relatedness itself
  const c = cosine(a, b);
  if (c > enough) return c;
  const d = a.contentText && b.contentText ? DICE_CAP * contentDice(a, b) : 0;
  if (d > enough) return Math.max(c, d);
  const pa = potentialCover(a, keysOf(a), b, keysOf(b));
  const pb = potentialCover(b, keysOf(b), a, keysOf(a));
  // contentRelatedness with each coverage at its bound (every term grows with both)
  const lo = Math.min(pa, pb);
  const hi = Math.max(pa, pb);
  const words = Math.max(c, Math.sqrt(lo * hi), 0.85 * hi * Math.min(1, 4 * lo));
  return Math.min(1, Math.max(words, d));
}
