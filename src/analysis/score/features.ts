// Runs every component on a pair of texts and collects their numbers (the model's
// features) and cues. Context (speakers, events) is applied later, in index.ts.
import type { Cue } from '../types.js';
import { analyze, type TextInfo } from './analyze.js';
import { align, type Alignment } from './align.js';
import { negation } from './negation.js';
import { contrast } from './contrast.js';
import { modality } from './modality.js';
import { tone } from './tone.js';
import { wording, type WordingResult } from './wording.js';
import { samePeriod, numberConflicts } from './numbers.js';
import { contentRelatedness } from './relatedness.js';
import { side } from './cues.js';
import { entailment } from './entail.js';
import { numberClauseMatch, PROPOSITION } from './proposition.js';

/** Names of the fitted features, in weights.json order. */
export const FEATURE_NAMES = [
  'negation', 'negationFull', 'negationLocal', 'negationOneEdit', 'contrastOneEdit', 'antonym', 'cohyponym', 'sisterVerb', 'number', 'date', 'modality', 'condition', 'tone',
  'cosine', 'coverLow', 'coverHigh', 'unmatchedNames', 'contrastCover', 'negationFocus',
  'contrastContext', 'negationFocusFull', 'negationCover', 'contrastPerson',
  'contrastVerb', 'contrastModifier', 'contrastPlace', 'contrastArgument',
  'negEntail', 'negEntailNames', 'negEntailCompact', 'entailShort', 'entailShortCompact', 'contrastName',
  'lopsided', 'lopsidedWindow', 'lopsidedNames', 'lopsidedNumber', 'lopsidedNearMiss',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The fitted features, plus numbers the context rules use (not fitted). */
export type Features = Record<FeatureName, number> & {
  content: number;
  dice: number;
  /** Share of the negated proposition the other side asserts, when the negation's focus is aligned. */
  negFocusLocal: number;
  /** Share of the negation's scope in conflict, when its focus is aligned. */
  negFocusScope: number;
  /**
   * The lower of the two covers with swapped words counted as matched: how much of the two
   * statements is one scene told two ways ("in Mexico" / "in Argentina" is all of it).
   */
  swapCover: number;
  /** Negation evidence on a proposition both statements express (negation.ts `shared`). */
  propNegation: number;
  /** Negation evidence on the predicate only, the subject left to the context (negation.ts `sharedPredicate`). */
  propNegationClaim: number;
  /** An opposite, sister term, number or date in one slot of clauses that otherwise match. */
  propContrast: number;
};

export interface PairAnalysis {
  a: TextInfo;
  b: TextInfo;
  alignment: Alignment;
  features: Features;
  wording: WordingResult;
  cues: Cue[];
  /** Cues by component, for kind decisions. */
  has: Set<string>;
  /** Cues whose evidence is not about a proposition both statements express: never a flag's evidence. */
  weak: Set<Cue>;
  /** Of those, the ones that are when a claim about a speaker meets the speaker's own words. */
  claimOnly: Set<Cue>;
}

/** Figures whose comparison depends on the period they cover. */
const PERIOD_FREE: ReadonlySet<string> = new Set(['cardinal', 'percent', 'money']);
const DATE_KINDS = new Set(['date', 'year', 'weekday']);

function unmatchedNames(x: TextInfo, q: Float32Array): number {
  let n = 0;
  x.units.forEach((u, i) => {
    if (u.proper && q[i] === 0) n++;
  });
  return Math.min(n, 3) / 3;
}

/** IDF-weighted cover of x with the swapped units (`extra`) counted as matched. */
function coverWith(x: TextInfo, q: Float32Array, extra: Set<number>): number {
  let num = 0;
  let den = 0;
  x.units.forEach((u, i) => {
    num += u.idf * (extra.has(i) ? 1 : q[i]!);
    den += u.idf;
  });
  return den ? num / den : 0;
}

/** IDF mass of the units of x aligned to the other side. */
function sharedIdf(x: TextInfo, q: Float32Array): number {
  let s = 0;
  x.units.forEach((u, i) => {
    if (q[i]! > 0) s += u.idf * q[i]!;
  });
  return s;
}

export function analyzePair(textA: string, textB: string): PairAnalysis {
  const a = analyze(textA);
  const b = analyze(textB);
  const al = align(a, b);
  const neg = negation(a, b, al);
  const con = contrast(a, b, al);
  const mod = modality(a, b, al);
  const ton = tone(a, b, al);
  const rel = contentRelatedness(a, b, al);
  // "rose by 1.7% last year" / "rose by 0.7% in the three months to December": another period, another figure
  // (durations and dates compare as themselves: "18 months" / "two years")
  const nums = numberConflicts(a.numbers, b.numbers).filter((c) => !PERIOD_FREE.has(c.a.kind) || samePeriod(a, c.a.clause, b, c.b.clause));
  const cues: Cue[] = [...neg.cues, ...con.cues];
  const weak = new Set<Cue>([...neg.weak, ...con.weak]);
  let number = 0;
  let date = 0;
  let sharedNumber = 0;
  for (const c of nums) {
    const isDate = DATE_KINDS.has(c.b.kind);
    if (isDate) date = 1;
    else number = 1;
    const sa = side(a.text, c.a.start, c.a.end);
    const sb = side(b.text, c.b.start, c.b.end);
    const cue: Cue = { type: isDate ? 'date' : 'number', note: `"${sa.text}" against "${sb.text}"`, a: sa, b: sb };
    cues.push(cue);
    if (numberClauseMatch(a, b, al, c.a.clause, c.b.clause) >= PROPOSITION.minClauseMatch) sharedNumber = 1;
    else weak.add(cue);
  }
  cues.push(...mod.cues, ...ton.cues);
  const lo = Math.min(al.coverA, al.coverB);
  const hi = Math.max(al.coverA, al.coverB);
  // the shorter statement's names the longer one never mentions
  const shortA = a.units.length <= b.units.length;
  const features: Features = {
    content: rel.content,
    dice: rel.dice,
    negFocusLocal: neg.focusLocal,
    negFocusScope: neg.focusScope,
    propNegation: neg.shared,
    propNegationClaim: neg.sharedPredicate,
    propContrast: Math.max(con.shared, sharedNumber),
    swapCover: Math.min(coverWith(a, al.qa, new Set(con.swaps.map((p) => p[0]))), coverWith(b, al.qb, new Set(con.swaps.map((p) => p[1])))),
    negationFocus: neg.focus,
    negation: neg.conflict,
    negationFull: neg.conflict ** 4,
    negationLocal: neg.local ** 2,
    negationOneEdit: 0,
    contrastOneEdit: 0,
    antonym: con.antonym,
    cohyponym: con.cohyponym,
    sisterVerb: con.sisterVerb,
    number,
    date,
    modality: mod.modality,
    condition: mod.condition,
    tone: ton.tone,
    cosine: rel.cosine,
    coverLow: lo,
    coverHigh: hi,
    unmatchedNames: shortA ? unmatchedNames(a, al.qa) : unmatchedNames(b, al.qb),
    contrastCover: Math.max(con.antonym, con.cohyponym, number) * hi,
    // the more specific context both share around a swapped word, the more surely they tell one scene
    contrastContext: Math.max(con.antonym, con.cohyponym, con.sisterVerb, number) * Math.min(1, sharedIdf(a, al.qa) / 30),
    negationFocusFull: neg.focus ** 4,
    contrastPerson: con.person,
    contrastVerb: con.slots.verb,
    contrastModifier: con.slots.modifier,
    contrastPlace: con.slots.place,
    contrastArgument: con.slots.argument,
    contrastName: con.name,
    lopsided: 0,
    lopsidedWindow: 0,
    lopsidedNames: 0,
    lopsidedNumber: 0,
    lopsidedNearMiss: 0,
    negEntail: 0,
    negEntailNames: 0,
    negEntailCompact: 0,
    entailShort: 0,
    entailShortCompact: 0,
    // the negated statement without its negation must be what the other side says: content of
    // it the other never mentions makes the pair neutral, not a contradiction
    negationCover: neg.focusSide === 'a' ? al.coverA ** 2 : neg.focusSide === 'b' ? al.coverB ** 2 : 0,
  };
  // the negated side (the one with a negation the other lacks), covered by the other
  const negSide = neg.focusSide ?? (neg.conflict > 0 ? (a.negations.length > b.negations.length ? 'a' : 'b') : null);
  if (negSide) {
    const e = negSide === 'a' ? entailment(a, b, al.aToB, al.qa, al.specA) : entailment(b, a, al.bToA, al.qb, al.specB);
    features.negEntail = e.cover ** 2;
    features.negEntailNames = e.missingNames + e.missingNumbers;
    features.negEntailCompact = e.window ** 2;
  }
  // the shorter statement covered by the longer: what a conflict cue needs to mean anything
  const es = shortA ? entailment(a, b, al.aToB, al.qa, al.specA) : entailment(b, a, al.bToA, al.qb, al.specB);
  features.entailShort = es.cover ** 2;
  features.entailShortCompact = es.window ** 2;
  // A short claim against a long text (a headline against its article, a hypothesis against a
  // report): what matters is whether the claim is found in one place of the text. Separate
  // features, so the fit weighs this shape on its own.
  const nShort = Math.min(a.units.length, b.units.length);
  if (nShort >= 2 && Math.max(a.units.length, b.units.length) >= 2.5 * nShort) {
    features.lopsided = 1;
    features.lopsidedWindow = es.window ** 2;
    features.lopsidedNames = es.missingNames + es.missingNumbers;
    // a different number or date where the claim is found: "sentenced to 18 months" / "21 months"
    features.lopsidedNumber = Math.max(number, date) * es.window;
    // with no negation on either side, a claim found almost but not quite whole is what
    // contradicts: fully found it is restated, hardly found it is about something else
    // (de Marneffe et al. 2008: the same event, one thing different)
    if (!a.negations.length && !b.negations.length) features.lopsidedNearMiss = es.window * (1 - es.window);
  }
  const has = new Set(cues.map((c) => c.type));
  const w = wording(a, b);
  // The texts differ in one place only: whatever differs there is decisive.
  const oneEdit = w.gaps === 1 ? 1 : 0;
  features.negationOneEdit = neg.conflict * oneEdit;
  features.contrastOneEdit = Math.max(con.antonym, con.cohyponym, con.sisterVerb, number) * oneEdit;
  return { a, b, alignment: al, features, wording: w, cues, has, weak, claimOnly: new Set(neg.predicateOnly) };
}
