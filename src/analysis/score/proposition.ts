// Is a piece of evidence about a proposition both statements express? (de Marneffe et al.
// 2008: most false alarms come from pairs not about the same thing.) Within one event two
// statements are related anyway, so the evidence itself must sit where the two clauses say
// the same thing: a negation on a predicate the other side asserts with its arguments, an
// opposite or a different number in slots of clauses that otherwise match.
import type { TextInfo, NegTrigger, Unit } from './analyze.js';
import type { Alignment } from './align.js';
import { NEG_TERMINATORS } from './lexicon.js';
import { isStopword } from '../text/tokens.js';
import { relation, isAnimateWord } from './relations.js';
import { frequency, lemmas } from './wordnet.js';

/** Lowest match quality that counts as "the same word" here (stem, synonym, name, kind-of). */
const Q_MIN = 0.69;
/** Same stem, synonym or similar name: what counts as a pair of one proposition. */
const Q_STRONG = 0.8;
/**
 * Partners on the other side count within as many tokens of the anchor as the negated
 * proposition is long, within these bounds: the place where the other side says it.
 */
const Y_REACH_MIN = 6;
const Y_REACH_MAX = 12;
/** WordNet tag count under which a capitalised first word is taken for a name (putin 0, russia 10, officials 38). */
const RARE_AS_WORD = 5;
/**
 * Verbs a negation passes through to their complement ("I don't think it changes the world"): the
 * thinking is no part of what is denied, so a "thinking" on the other side pairs nothing.
 */
const NEG_RAISERS = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'expect', 'expects', 'expected', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Tokens around the paired span of the other side that its reverse share also weighs. */
const SPAN_SLACK = 2;
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'where']);

const asidePositions = new WeakMap<TextInfo, Int32Array>();

/**
 * Token positions with comma-set relative asides left out: "A dog, which is brown, and a black one
 * are running" says the dog runs as near as "A dog and a black one are running" does.
 */
function positions(x: TextInfo): Int32Array {
  let pos = asidePositions.get(x);
  if (pos) return pos;
  pos = new Int32Array(x.tokens.length);
  let p = 0;
  let inAside = false;
  for (let k = 0; k < x.tokens.length; k++) {
    const gap = k > 0 ? x.text.slice(x.tokens[k - 1]!.end, x.tokens[k]!.start) : '';
    if (inAside && /[,;:.!?()—–]/.test(gap)) inAside = false;
    else if (!inAside && gap.includes(',') && ASIDE_OPENERS.has(x.lowers[k]!)) inAside = true;
    pos[k] = p;
    if (!inAside) p++;
  }
  asidePositions.set(x, pos);
  return pos;
}

export const PROPOSITION = {
  /** Share of what the negation denies that the other side asserts near the predicate's partner. */
  minForward: 0.6,
  /** Share of the other side's clause that the negated sentence speaks of. */
  minReverse: 0.3,
  /** Aligned word pairs between the two places: a predicate and at least one argument. */
  minPairs: 2,
  /** Separate phrases among them: one shared noun phrase ("ID cards") is a topic, not a proposition. */
  minPhrases: 2,
  /**
   * Without the predicate's own partner (paraphrased: "not discovered by Tombaugh" / "Tombaugh
   * added Pluto"), the proposition must be found nearly whole, three of its words or more, in one place.
   */
  wholeForward: 0.75,
  wholePairs: 3,
  /** Share of each clause around a swapped word (the swap counted) aligned to the other clause. */
  minClauseMatch: 0.5,
} as const;

export interface PropositionMatch {
  /** IDF share of the negated proposition (clause start to scope end) asserted near the partner. */
  forward: number;
  /**
   * The same for what the negation denies (its scope): the subject only has to be shared, and a
   * claim names it its own way ("President Vladimir Putin seeks advantage, not peace" / "Russia
   * likewise favors a peaceful settlement").
   */
  scope: number;
  /**
   * IDF share of the other side's words where it says it (its paired span) that the negated
   * sentence speaks of near the negation; 0 when the other side negates there too.
   */
  reverse: number;
  /** Word pairs matched as the same word or a synonym between the two places, one per word. */
  pairs: number;
  /** Of those, the words of the negated proposition itself. */
  propPairs: number;
  /**
   * Runs of adjacent words among the negated side's paired words: "ID cards" is one phrase, a
   * proposition shares at least two (a predicate and an argument, or two arguments).
   */
  phrases: number;
  /**
   * The two clauses name different doers: "a man is not playing" / "a woman is playing",
   * "Trump did not agree" / "Putin agreed". What one denies of one, the other asserts of another.
   */
  otherSubject: boolean;
  /**
   * Paired words of the negated sentence that say something of something (a verb or an
   * adjective: "receiving", "acceptable", "agreed"), not only name it ("no figure", "without a trial").
   */
  predicates: number;
  /** Some word of the negated proposition aligned to the other side, strongly or not, says something of something. */
  saidOf: boolean;
}

interface Side {
  map: Int32Array;
  q: Float32Array;
  spec: Int8Array;
  back: Int32Array;
  qBack: Float32Array;
  specBack: Int8Array;
}

function sideOf(al: Alignment, onA: boolean): Side {
  return onA
    ? { map: al.aToB, q: al.qa, spec: al.specA, back: al.bToA, qBack: al.qb, specBack: al.specB }
    : { map: al.bToA, q: al.qb, spec: al.specB, back: al.aToB, qBack: al.qa, specBack: al.specA };
}

/**
 * What a match earns: the same word or a synonym fully; one a kind of the other half (WordNet's
 * hierarchies, verbs above all, are loose: "gone" is a kind of "change"); a negated word
 * narrower than its partner ("no man" / "a person") little, for it is not denied by it.
 */
function earn(q: number, spec: number): number {
  if (spec > 0) return 0.3;
  return q >= Q_STRONG ? Math.min(1, q / 0.9) : 0.5;
}

const CONTRACTION = /'(?:s|re|ve|ll|d|m)$/;

/**
 * Connectives that open a clause ("although", "while") and contracted function words ("it's",
 * "they're") are no part of what a clause says.
 */
export function content(info: TextInfo, i: number): boolean {
  const u = info.units[i]!;
  return !u.light && !NEG_TERMINATORS.has(u.key) && !(CONTRACTION.test(u.key) && isStopword(u.key.replace(CONTRACTION, '')));
}

/**
 * The negation in x (trigger n) against y around y's unit jf (the partner of the negated
 * predicate, or of another negated word): how much of the negated proposition y asserts
 * there, and how much of that place the negated sentence speaks of near the negation.
 */
export function negatedProposition(x: TextInfo, y: TextInfo, al: Alignment, onA: boolean, n: NegTrigger, jf: number): PropositionMatch {
  const s = sideOf(al, onA);
  const yPos = positions(y);
  const at = yPos[y.units[jf]!.tokFrom]!;
  let from = n.tok;
  while (from > 0 && x.clauseOf[from - 1] === n.clause) from--;
  // a negation that opens its clause ("…, although not to carry them", "rather than a judge")
  // borrows its subject and arguments from the clause it is set against
  const opens = !x.units.some((u, i) => u.tokFrom >= from && u.tokFrom < n.tok && content(x, i));
  const first = opens ? n.clause - 1 : n.clause;
  const reach = Math.max(Y_REACH_MIN, Math.min(Y_REACH_MAX, n.scopeTo - from));
  const nearY = (k: number): boolean => Math.abs(yPos[y.units[k]!.tokFrom]! - at) <= reach;
  // the negated proposition: its clause (or the one it borrows from) up to the scope's end
  const nearX = (i: number): boolean => {
    const t = x.units[i]!.tokFrom;
    return t < Math.max(n.scopeTo, n.propositionTo ?? 0) && x.clauseOf[t]! >= first && x.clauseOf[t]! <= n.clause;
  };
  let num = 0;
  let den = 0;
  let sNum = 0;
  let sDen = 0;
  let propPairs = 0;
  let saidOf = false;
  x.units.forEach((u, i) => {
    if (!content(x, i) || !nearX(i)) return;
    const inScope = u.tokFrom >= n.scopeFrom;
    den += u.idf;
    if (inScope) sDen += u.idf;
    const j = s.map[i]!;
    if (j < 0 || s.q[i]! < Q_MIN || !nearY(j)) return;
    // the denied part must be asserted there (the subject only has to be shared)
    if (u.negated && y.units[j]!.negated) return;
    const e = u.idf * earn(s.q[i]!, s.spec[i]!);
    num += e;
    if (inScope) sNum += e;
    if (s.q[i]! >= Q_STRONG) propPairs++;
    if (!saidOf && predicateLike(x, u)) saidOf = true;
  });
  // the place where y says it: from its first to its last word paired with the negated
  // sentence near the negation, and a little around
  const paired: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  y.units.forEach((u, k) => {
    if (!content(y, k) || !nearY(k)) return;
    const i = s.back[k]!;
    if (i < 0 || s.qBack[k]! < Q_MIN || !nearX(i) || NEG_RAISERS.has(x.units[i]!.key)) return;
    lo = Math.min(lo, u.tokFrom);
    hi = Math.max(hi, u.tokFrom);
    // a word the negation denies along with its kind ("no kid" / "a boy", "not cutting" / "slicing")
    if (s.qBack[k]! >= Q_STRONG || (s.specBack[k]! > 0 && x.units[i]!.negated)) paired.push(i);
  });
  let rNum = 0;
  let rDen = 0;
  y.units.forEach((u, k) => {
    if (!content(y, k) || u.tokFrom < lo - SPAN_SLACK || u.tokFrom > hi + SPAN_SLACK) return;
    rDen += u.idf;
    const i = s.back[k]!;
    if (i >= 0 && s.qBack[k]! >= Q_MIN && nearX(i)) rNum += u.idf * earn(s.qBack[k]!, 0);
  });
  const pairs = paired.length;
  // a negation of the other side's own where it says it ("the best interests of the child will
  // not be taken into account"): both deny, there is no polarity conflict to show
  const deniedThere = y.negations.some((m) => m.tok >= lo - SPAN_SLACK && m.tok <= hi + SPAN_SLACK);
  // "nobody", "no one": the trigger is the subject, denied of whoever does it on the other side
  const subjectThere = NEGATIVE_PRONOUN.test(n.phrase) && y.units.some((u, k) => k !== jf && u.clause === y.units[jf]!.clause && yPos[u.tokFrom]! < at);
  return {
    forward: den ? num / den : 0,
    scope: sDen ? sNum / sDen : 0,
    reverse: deniedThere ? 0 : rDen ? rNum / rDen : 0,
    pairs: pairs + (subjectThere ? 1 : 0),
    propPairs,
    phrases: runs(x, paired) + (subjectThere ? 1 : 0),
    otherSubject: lo <= hi && otherSubject(x, y, s, from, n.tok, jf, lo),
    predicates: new Set(paired).size ? [...new Set(paired)].filter((i) => predicateLike(x, x.units[i]!)).length : 0,
    saidOf,
  };
}

/** Words after which a word is used as a verb ("will not work", "to carry"). */
const VERB_BEFORE = new Set([
  'will', 'would', 'can', 'could', 'should', 'shall', 'must', 'may', 'might', 'do', 'does', 'did', 'to', "n't", 'cannot',
]);

/**
 * A word that says something of something: used as a verb here, mainly a verb or an adjective in
 * WordNet, or an inflected verb form ("voted", "met", "receiving"). Nouns only name ("figure", "trial").
 */
function predicateLike(x: TextInfo, u: Unit): boolean {
  const single = u.tokTo - u.tokFrom === 1;
  if (u.verb) return true;
  const ls = single ? lemmas(u.key) : [];
  const first = ls[0]?.pos;
  if (first === 'v' || first === 'a') return true;
  if (ls.some((l) => l.pos === 'v' && l.lemma !== u.key)) return true;
  let k = u.tokFrom - 1;
  const skip = (words: ReadonlySet<string>): void => {
    while (k >= 0 && words.has(x.lowers[k]!)) k--;
  };
  skip(NEGATORS);
  if (k >= 0 && ls.some((l) => l.pos === 'v') && VERB_BEFORE.has(x.lowers[k]!)) return true;
  // a noun said of the subject or done by it: "is not the capital", "is not in Thessaly",
  // "was never a field marshal", "has never had 2 million inhabitants", "isn't doing a magic trick"
  skip(DETERMINERS);
  while (k >= 0 && (NUMBER_WORDS.has(x.lowers[k]!) || /^\d/.test(x.lowers[k]!))) k--;
  skip(DETERMINERS);
  skip(NEGATORS);
  if (k >= 0 && LIGHT_VERBS.has(x.lowers[k]!)) return true;
  if (k >= 0 && PREDICATE_PREPOSITIONS.has(x.lowers[k]!)) k--;
  skip(NEGATORS);
  return k >= 0 && COPULA.has(x.lowers[k]!);
}

const NEGATORS = new Set(['not', 'never', "n't"]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'any', 'one', 'no']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'become', 'became', 'remain', 'remained']);
const PREDICATE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'of', 'part', 'among', 'near', 'inside', 'outside']);
/** Verbs whose object carries the predicate ("has inhabitants", "doing a trick"). */
const LIGHT_VERBS = new Set(['have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taking', 'give', 'gives', 'gave', 'giving', 'hold', 'holds', 'held', 'holding']);
const NUMBER_WORDS = new Set(['million', 'billion', 'thousand', 'hundred', 'more', 'than', 'over', 'about', 'around', 'some', 'many', 'few']);


/** The last content unit of x's clause before token `to` (from `from`): the head of what comes first, the subject. */
function subjectBefore(x: TextInfo, from: number, to: number, clause: number): number {
  let found = -1;
  x.units.forEach((u, i) => {
    if (u.tokFrom >= from && u.tokFrom < to && u.clause === clause && content(x, i) && !u.verb) found = i;
  });
  return found;
}

/** A name: capitalised inside a sentence, or first and rare as a common word ("Trump did not …"). */
function named(x: TextInfo, u: Unit): boolean {
  return u.proper || (/^\p{Lu}/u.test(x.text.slice(u.start, u.end)) && frequency(u.key) < RARE_AS_WORD);
}

/**
 * Different doers: x's subject (before the negation) has no partner, and y's subject (before the
 * first word y shares with the negated sentence) is its opposite or sister term (man / woman), or both are different names.
 */
function otherSubject(x: TextInfo, y: TextInfo, s: Side, from: number, trigTok: number, jf: number, firstPaired: number): boolean {
  const i = subjectBefore(x, from, trigTok, x.clauseOf[trigTok]!);
  if (i < 0 || (s.map[i]! >= 0 && s.q[i]! >= Q_MIN)) return false;
  const clause = y.units[jf]!.clause;
  let clauseFrom = firstPaired;
  while (clauseFrom > 0 && y.clauseOf[clauseFrom - 1] === clause) clauseFrom--;
  // y's subject: before the first word y shares with the negated sentence there
  const k = subjectBefore(y, clauseFrom, firstPaired, clause);
  if (k < 0 || (s.back[k]! >= 0 && s.qBack[k]! >= Q_MIN)) return false;
  const u = x.units[i]!;
  const v = y.units[k]!;
  if (named(x, u) && named(y, v)) return u.stem !== v.stem;
  const r = relation(u.key, v.key);
  if (r === 'antonym' || r === 'cohyponym') return true;
  // two unpaired kinds of people or animals ("nine vendors" / "seven protesters") are two doers
  return r === 'none' && isAnimateWord(u.key) && isAnimateWord(v.key);
}

const NEGATIVE_PRONOUN = /^(?:nobody|no one|no-one|noone|none)$/i;

const VERB_FORM = /..(?:ing|ed)$/;

/** A participle with a base form of its own ("playing" → play): a predicate, even right after its subject. */
function verbForm(u: Unit): boolean {
  return u.tokTo - u.tokFrom === 1 && VERB_FORM.test(u.key) && u.stem !== u.key;
}

/** Runs of adjacent units; a participle opens a new one ("no man playing flute": man | playing flute). */
function runs(x: TextInfo, units: number[]): number {
  const sorted = [...new Set(units)].sort((m, n) => m - n);
  let n = 0;
  sorted.forEach((i, k) => {
    const u = x.units[i]!;
    if (k === 0 || u.tokFrom !== x.units[sorted[k - 1]!]!.tokTo || verbForm(u)) n++;
  });
  return n;
}

/**
 * Whether the negation is about a proposition both express. With its predicate aligned
 * (`viaPredicate`): enough of what it denies asserted there, and enough of that place spoken
 * of near the negation; a shared noun alone ("ID cards") or a negated phrase with no predicate
 * of its own ("not with the Home Secretary's say-so" / "the Home Secretary should allow …") is
 * another proposition. Without it: the negated proposition found nearly whole in one place.
 */
export function sharesProposition(m: PropositionMatch, viaPredicate: boolean, needPredicate = false): boolean {
  const p = PROPOSITION;
  if (m.phrases < p.minPhrases || m.otherSubject) return false;
  if (viaPredicate && m.predicates > 0 && m.scope >= p.minForward && m.reverse >= p.minReverse && m.pairs >= p.minPairs) return true;
  return m.forward >= p.wholeForward && m.propPairs >= p.wholePairs && (m.saidOf || !needPredicate);
}

/** The denied part asserted where the other side speaks of it, whatever the subject. */
export function assertsDenied(m: PropositionMatch): boolean {
  return m.scope >= PROPOSITION.minForward && m.reverse >= PROPOSITION.minReverse;
}

/**
 * How well the clause of a's unit i and the clause of b's unit j say the same thing apart from
 * the swapped words: the lower of the two IDF shares aligned across, the swap counted as matched.
 */
export function clauseMatch(a: TextInfo, b: TextInfo, al: Alignment, i: number, j: number): number {
  return Math.min(clauseCover(a, b, al.aToB, al.qa, a.units[i]!.clause, b.units[j]!.clause, i), clauseCover(b, a, al.bToA, al.qb, b.units[j]!.clause, a.units[i]!.clause, j));
}

function clauseCover(x: TextInfo, y: TextInfo, map: Int32Array, q: Float32Array, cx: number, cy: number, swapped: number): number {
  let num = 0;
  let den = 0;
  let propPairs = 0;
  x.units.forEach((u, i) => {
    if (u.clause !== cx || u.light) return;
    den += u.idf;
    if (i === swapped) num += u.idf;
    else if (map[i]! >= 0 && q[i]! >= Q_MIN && y.units[map[i]!]!.clause === cy) num += u.idf * Math.min(1, q[i]! / 0.9);
  });
  return den ? num / den : 0;
}

/**
 * The same for two numbers, by their clauses: the words they count and what surrounds them
 * must align ("jailed for 18 months for fraud" / "jailed for 21 months"); numbers are no units,
 * so a clause sharing no word scores 0.
 */
export function numberClauseMatch(a: TextInfo, b: TextInfo, al: Alignment, ca: number, cb: number): number {
  return Math.min(clauseCover(a, b, al.aToB, al.qa, ca, cb, -1), clauseCover(b, a, al.bToA, al.qb, cb, ca, -1));
}
