// Which content units of one statement stand for which of the other's: same stem,
// WordNet synonym, one a kind of the other, or a similar name (Ahmadinejad / Ahmedinejad).
import type { TextInfo, Unit } from './analyze.js';
import { relation, alignRelation, AlignRelation, wordId } from './relations.js';
import { dice } from '../text/dice.js';
import { alignCandidates } from './align-candidates.js';
import { rarelyUsedAs, lemmas } from './wordnet.js';

export interface Alignment {
  /** For each unit of a, the aligned unit of b or -1. */
  aToB: Int32Array;
  bToA: Int32Array;
  /** Match quality per unit, 0 when unaligned. */
  qa: Float32Array;
  qb: Float32Array;
  /** Per unit of a: +1 when it is more specific than its partner, -1 more general, 0 same. */
  specA: Int8Array;
  specB: Int8Array;
  /** IDF-weighted share of each side's units that found a partner. */
  coverA: number;
  coverB: number;
}

const Q_STEM = 1;
const Q_SYNONYM = 0.9;
const Q_NAME = 0.8;
const Q_HYPER = 0.7;
/** One stem, used as a noun on one side and as a verb on the other ("do deals" / "to deal with"). */
const Q_OTHER_USE = 0.6;

/** Words after which a word is used as a noun: determiners, possessives, light verbs ("do deals"). */
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'do', 'does', 'did', 'make', 'makes', 'made']);

/** Used as a noun here, or a word hardly ever used as a verb ("home"). */
function nounLike(info: TextInfo, u: Unit): boolean {
  return !u.verb && (nounUse(info, u) || rarelyUsedAs(u.key, 'v'));
}

const ARTICLES = new Set(['a', 'an', 'the']);

function onlyAdjective(word: string): boolean {
  const ls = lemmas(word);
  return ls.length > 0 && ls.every((l) => l.pos === 'a');
}

/** "it's", "there's": the 's is "is", and a verb may follow. */
const IS_CONTRACTIONS = new Set(["it's", "that's", "there's", "here's", "he's", "she's", "what's", "who's", "where's", "let's"]);

function nounUse(info: TextInfo, u: Unit): boolean {
  if (u.verb || u.tokFrom === 0) return false;
  const prev = info.lowers[u.tokFrom - 1]!;
  // "a mask or set of restrictions": a base form heading an "of" phrase is a noun ("the rest of")
  if (info.lowers[u.tokTo] === 'of' && !/(?:ing|ed)$/.test(u.key)) return true;
  // "in a parliamentary answer": a base form after an article and an adjective ("the consumer set up" is a subject and its verb)
  const prev2 = u.tokFrom > 1 ? info.lowers[u.tokFrom - 2]! : '';
  if (ARTICLES.has(prev2) && !/(?:ing|ed|s)$/.test(u.key) && onlyAdjective(prev)) return true;
  return NOUN_BEFORE.has(prev) || (prev.endsWith("'s") && !IS_CONTRACTIONS.has(prev));
}

/** Quality of a same-stem match: lower when one side uses the word as a noun, the other as a verb. */
function stemQuality(a: TextInfo, ua: Unit, b: TextInfo, ub: Unit): number {
  return (ua.verb && nounUse(b, ub)) || (ub.verb && nounUse(a, ua)) ? Q_OTHER_USE : Q_STEM;
}

function nameLike(a: Unit, b: Unit): boolean {
  if (a.key.length < 5 || b.key.length < 5) return false;
  // Salvador / Salvadoran; Zelensky / Zelenskyy
  if (a.key.startsWith(b.key) || b.key.startsWith(a.key)) return true;
  return a.proper && b.proper && a.key[0] === b.key[0] && dice(a.key, b.key) >= 0.7;
}

/** "black cat" / "cat": a compound whose head is the other word is a kind of it. */
function headMatch(a: Unit, b: Unit): boolean {
  return (a.tokTo - a.tokFrom > 1 || b.tokTo - b.tokFrom > 1) && a.head === b.head;
}

/**
 * Quality of a match, and +1 when a is the more specific of the two, -1 when b is.
 * `may`: whether the two share a WordNet key (align-candidates.ts); without one, WordNet relates them not.
 */
function quality(a: Unit, b: Unit, ia: number, ib: number, may: boolean, crossUse: boolean): [number, number] {
  if (a.stem === b.stem) return [Q_STEM, 0];
  if (headMatch(a, b)) return [Q_HYPER, a.stem.length > b.stem.length ? 1 : -1];
  const r = may ? alignRelation(ia, ib) : AlignRelation.Neither;
  if (r === AlignRelation.Synonym) return [Q_SYNONYM, 0];
  // a thing is no kind of an act: "a meeting" / "to give" meet only through meet's verb senses
  if (crossUse) return [0, 0];
  if (r === AlignRelation.Hypernym) return [Q_HYPER, 1];
  if (r === AlignRelation.Hyponym) return [Q_HYPER, -1];
  // a similar name, unless WordNet knows the two as opposites or sisters (Austria / Australia)
  if (nameLike(a, b) && relation(a.key, b.key) === 'none') return [Q_NAME, 0];
  return [0, 0];
}

const unitIds = new WeakMap<TextInfo, Int32Array>();

function idsOf(t: TextInfo): Int32Array {
  let ids = unitIds.get(t);
  if (!ids) unitIds.set(t, (ids = Int32Array.from(t.units, (u) => wordId(u.key))));
  return ids;
}

export function align(a: TextInfo, b: TextInfo): Alignment {
  const na = a.units.length;
  const nb = b.units.length;
  const aToB = new Int32Array(na).fill(-1);
  const bToA = new Int32Array(nb).fill(-1);
  const qa = new Float32Array(na);
  const qb = new Float32Array(nb);
  const specA = new Int8Array(na);
  const specB = new Int8Array(nb);
  const idsA = idsOf(a);
  const idsB = idsOf(b);
  const may = alignCandidates(a, b);
  const byStem = new Map<string, number>();
  b.units.forEach((u, j) => {
    if (!byStem.has(u.stem)) byStem.set(u.stem, j);
  });
  for (let i = 0; i < na; i++) {
    const j = byStem.get(a.units[i]!.stem);
    if (j === undefined) continue;
    const q = stemQuality(a, a.units[i]!, b, b.units[j]!);
    aToB[i] = j;
    qa[i] = q;
    if (bToA[j] < 0) {
      bToA[j] = i;
      qb[j] = q;
    }
  }
  // Everything else that shares a stem is aligned through its twin on the other side.
  b.units.forEach((u, j) => {
    if (bToA[j]! >= 0) return;
    const i = a.units.findIndex((x) => x.stem === u.stem);
    if (i >= 0) {
      bToA[j] = i;
      qb[j] = stemQuality(a, a.units[i]!, b, u);
    }
  });
  for (let i = 0; i < na; i++) {
    if (aToB[i]! >= 0) continue;
    let best = 0;
    let bestJ = -1;
    let bestSpec = 0;
    for (let j = 0; j < nb; j++) {
      if (qb[j] === Q_STEM) continue;
      const ua = a.units[i]!;
      const ub = b.units[j]!;
      const crossUse = (ua.verb && nounLike(b, ub)) || (ub.verb && nounLike(a, ua));
      const [q, spec] = quality(ua, ub, idsA[i]!, idsB[j]!, may !== null && may[i * nb + j] === 1, crossUse);
      if (q > best) {
        best = q;
        bestJ = j;
        bestSpec = spec;
      }
    }
    if (bestJ < 0) continue;
    aToB[i] = bestJ;
    qa[i] = best;
    specA[i] = bestSpec;
    if (best > qb[bestJ]!) {
      bToA[bestJ] = i;
      qb[bestJ] = best;
      specB[bestJ] = -bestSpec;
    }
  }
  return { aToB, bToA, qa, qb, specA, specB, coverA: cover(a.units, qa), coverB: cover(b.units, qb) };
}

function cover(units: Unit[], q: Float32Array): number {
  let num = 0;
  let den = 0;
  units.forEach((u, i) => {
    num += u.idf * q[i]!;
    den += u.idf;
  });
  return den ? num / den : 0;
}
