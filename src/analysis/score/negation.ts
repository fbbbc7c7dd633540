// Polarity conflict on the predicate both statements share: an aligned unit negated on one
// side only. A "not" whose scope holds nothing the other statement says does not count.
import type { Cue } from '../types.js';
import type { TextInfo, NegTrigger, Unit } from './analyze.js';
import type { Alignment } from './align.js';
import { side } from './cues.js';
import { NEG_VERBS, LIGHT_PASS } from './lexicon.js';
import { lemmas } from './wordnet.js';
import { demanded, claimed, asked, SENTENCE_END } from './frames.js';
import { negatedProposition, sharesProposition, assertsDenied } from './proposition.js';

export interface NegationResult {
  /** Largest IDF share of a negation's scope that conflicts with the other side (0..1). */
  conflict: number;
  /** That share, counting only partners in the other side's clause that holds most of them. */
  local: number;
  /**
   * The same share, only for negations whose focus (the first content word in scope that is
   * not a light word like "say" or "want") is itself aligned to an unnegated partner: the
   * polarity conflict sits on the predicate both statements share. 0 when there is none.
   */
  focus: number;
  focusLocal: number;
  /** For those negations: the share of the scope itself (after the trigger) in conflict. */
  focusScope: number;
  /** Which side holds the strongest focused negation: 'a', 'b' or null. */
  focusSide: 'a' | 'b' | null;
  /**
   * focusScope, only for negations whose proposition both statements express (proposition.ts):
   * the evidence a flag may rest on. 0 when there is none.
   */
  shared: number;
  /**
   * focusScope for negations whose denied part the other side asserts, but whose subject the
   * texts do not share: it counts when a claim about a speaker meets the speaker's own words
   * ("the rebel leader wants leverage, not a truce" / the rebel leader: "we are ready for a truce").
   */
  sharedPredicate: number;
  cues: Cue[];
  /** Their cues. */
  predicateOnly: Cue[];
  /** Cues of negations that are not about a proposition both express: kept out of flags. */
  weak: Cue[];
}

/**
 * Index of the negation's focus unit in `info`, or -1: the first unit in scope, passing over
 * verbs that hand the negation to their complement ("does not want peace") and fillers
 * ("will", "quite"); a frame verb ("don't want to say what …", "doesn't know how …") has none.
 */
function focusUnit(info: TextInfo, n: NegTrigger): number {
  for (let i = 0; i < info.units.length; i++) {
    const u = info.units[i]!;
    if (u.tokFrom < n.scopeFrom || u.tokFrom >= n.scopeTo) continue;
    if (u.lightKind === 'pass') continue;
    return u.lightKind === 'frame' || framedBefore(info, n.scopeFrom, u.tokFrom) ? -1 : i;
  }
  return -1;
}

/**
 * Frame verbs the analysis keeps no unit for: "he hasn't said whether …", and "see" before a
 * question or a clause ("I don't see why …"), not seeing itself ("cannot see the woman").
 */
const QUESTION_OPENERS = new Set(['why', 'how', 'what', 'whether', 'if', 'that', 'where', 'when', 'who']);

function framedBefore(info: TextInfo, from: number, to: number): boolean {
  const w = info.lowers;
  for (let k = from; k < to; k++) if (w[k] === 'said' || (w[k] === 'see' && QUESTION_OPENERS.has(w[k + 1] ?? ''))) return true;
  return false;
}

/** IDF share of the scope's content (after the trigger, light words aside) in conflict with an aligned partner. */
function scopeShare(info: TextInfo, n: NegTrigger, mine: number[], q: Float32Array): number {
  let num = 0;
  let den = 0;
  const conflicting = new Set(mine);
  info.units.forEach((u, i) => {
    if (u.tokFrom < n.scopeFrom || u.tokFrom >= n.scopeTo || u.light) return;
    den += u.idf;
    if (conflicting.has(i)) num += u.idf * Math.min(1, q[i]! / 0.9);
  });
  return den ? num / den : 0;
}

function triggerOf(info: TextInfo, tok: number): NegTrigger | undefined {
  let found: NegTrigger | undefined;
  for (const n of info.negations) if (tok >= n.scopeFrom && tok < n.scopeTo) found = n;
  return found;
}

/** The negated proposition: its clause from the start (the subject) to the scope's end. */
function inProposition(info: TextInfo, n: NegTrigger, tok: number): boolean {
  return tok < n.scopeTo && (tok >= n.scopeFrom || info.clauseOf[tok] === n.clause);
}

/**
 * How much of the negated proposition the other side asserts: IDF share of its units aligned
 * to an unnegated partner. A negated unit narrower than its partner ("no man" against "a
 * person") is not denied by it, so it earns little.
 */
function share(info: TextInfo, other: TextInfo, n: NegTrigger, map: Int32Array, q: Float32Array, spec: Int8Array): [number, number] {
  let num = 0;
  let den = 0;
  // partners' weight by the clause they sit in: a proposition asserted in one place, not
  // pieced together from words scattered over a long text
  const byClause = new Map<number, number>();
  info.units.forEach((u, i) => {
    if (!inProposition(info, n, u.tokFrom)) return;
    den += u.idf;
    const j = map[i]!;
    // the subject only has to be shared; the negated part has to be asserted by the other side
    if (j < 0 || (u.negated && other.units[j]!.negated)) return;
    const w = u.idf * Math.min(1, q[i]! / 0.9) * (spec[i]! > 0 ? 0.3 : 1);
    num += w;
    const c = other.units[j]!.clause;
    byClause.set(c, (byClause.get(c) ?? 0) + w);
  });
  if (!den) return [0, 0];
  return [num / den, Math.max(0, ...byClause.values()) / den];
}

/**
 * The negation asserts no plain denial: it sits in a conditional clause, after its "if" /
 * "unless" (analyze.ts: a condition runs to its clause's end), or holds only under the
 * condition that follows it ("cannot be met unless cash … is used"), or is a possibility
 * ("it may not be about a nanny").
 */
function hypothetical(info: TextInfo, n: NegTrigger): boolean {
  if (underCondition(info, n.clause, n.tok, n.start)) return true;
  if (info.conditions.some((c) => c.tok > n.tok && c.clause <= n.clause + 1 && !SENTENCE_END.test(info.text.slice(n.end, c.start)))) return true;
  if ((n.phrase === 'not' || n.phrase === "n't") && HEDGED.has(info.lowers[n.tok - 1] ?? '')) return true;
  // "could be illegal without a second resolution", "can win everything without moving clubs":
  // after a modal, "without" states a condition ("unless there is …")
  if (n.phrase === 'without') {
    for (let k = n.tok - 1; k >= 0 && info.clauseOf[k] === n.clause; k--) if (CONDITIONAL_MODALS.has(info.lowers[k]!)) return true;
  }
  // a counterfactual: "I would never have been able to race", "it could not have happened"
  const w = info.lowers;
  for (let k = Math.max(0, n.tok - 2); k <= n.tok; k++) {
    if (!COUNTERFACTUAL_MODALS.has(w[k] ?? '')) continue;
    for (let h = k + 1; h <= Math.min(w.length - 1, n.tok + 2); h++) if (w[h] === 'have' || w[h] === "'ve") return true;
  }
  return false;
}

/**
 * A word (clause, token, start offset) inside a condition, after its marker in its clause, or in
 * the consequent right after it in the same sentence ("If Microsoft sees search as important, then nobody …").
 */
function underCondition(info: TextInfo, clause: number, tok: number, start: number): boolean {
  return info.conditions.some(
    (c) => (c.clause === clause && c.tok < tok) || (c.clause === clause - 1 && !SENTENCE_END.test(info.text.slice(c.end, start))),
  );
}


/**
 * The denial is what someone tries to make others believe: "in a bid to convince people there was no
 * black hole" reports a claim the speaker disputes, not the speaker's own denial.
 */
function claimedByOthers(info: TextInfo, n: NegTrigger): boolean {
  return claimed(info, n.tok);
}

/** Words that take a share of a group: "a third of", "the majority of". */
const SHARE_OF = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'some', 'many', 'most', 'several', 'few']);

/**
 * The denial is of a share of a group: its subject holds a percentage or a proportion ("36% of
 * users have never sent", "eight out of 10 voters do not trust", "one in five", "a third of").
 * That part not doing something is no denial that the group, or others, do it.
 */
function partialSubject(info: TextInfo, n: NegTrigger): boolean {
  if (info.numbers.some((m) => m.kind === 'percent' && m.clause === n.clause && m.tokTo <= n.tok)) return true;
  const w = info.lowers;
  for (let k = n.tok - 1; k >= 0 && info.clauseOf[k] === n.clause; k--) {
    if (w[k] === 'out' && w[k + 1] === 'of' && k > 0 && isCount(info, k - 1)) return true;
    if (w[k] === 'in' && k > 0 && isCount(info, k - 1) && isCount(info, k + 1)) return true;
    if (SHARE_OF.has(w[k]!) && w[k + 1] === 'of') return true;
  }
  return false;
}

const DEGREE = new Set(['that', 'so', 'too', 'very']);
const AMOUNT = new Set(['many', 'much', 'often']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/**
 * The denial is of an amount the other side does not state: "it doesn't seem that many for Wales",
 * "not so often" say how much, not that it does not happen at all.
 */
function deniesAmount(info: TextInfo, n: NegTrigger, other: TextInfo): boolean {
  let k = n.tok + n.phrase.split(' ').length;
  while (k < info.lowers.length && (LIGHT_PASS.has(info.lowers[k]!) || BE.has(info.lowers[k]!))) k++;
  if (DEGREE.has(info.lowers[k] ?? '')) k++;
  const amount = info.lowers[k] ?? '';
  // "not many people voted" does deny "many people voted"
  return AMOUNT.has(amount) && !other.lowers.includes(amount);
}

/** Words by which a denied thing is more of it, or another one: "no further questions", "no more strikes". */
const ADDITIVE = new Set(['further', 'more', 'additional', 'other', 'another']);

/**
 * The denial is of more of the thing, or of another one ("refused to answer further questions"
 * against "answered questions"): it presupposes the other side's, not denies it.
 */
function additiveDenial(neg: TextInfo, mine: number[], other: TextInfo, theirs: number[]): boolean {
  return mine.some((k, i) => {
    const u = neg.units[k]!;
    const before = neg.lowers[u.tokFrom - 1];
    if (before === undefined || !ADDITIVE.has(before)) return false;
    const o = other.units[theirs[i]!]!;
    return other.lowers[o.tokFrom - 1] !== before;
  });
}

function isCount(info: TextInfo, tok: number): boolean {
  return info.numbers.some((m) => m.kind === 'cardinal' && m.tokFrom <= tok && tok < m.tokTo);
}


/**
 * One side asks for what the other says is or is not so: "ministers have failed to reassure
 * agencies" against "the SNP urged ministers to reassure people", or "MAB urged Muslims not to vote
 * Labour" against a survey of how they voted. A demand is no account of the facts; two demands
 * ("should not apologise" / "urged him to apologise") still conflict.
 */
function demandAgainstFact(neg: TextInfo, mine: number[], other: TextInfo, theirs: number[]): boolean {
  const negDemands = allDemanded(neg, mine);
  if (negDemands === allDemanded(other, theirs)) return false;
  // a demand does meet a refusal of what it asks: "Putin called for Ukraine to withdraw its troops" /
  // "no one will withdraw our troops"
  const [fact, facts] = negDemands ? [other, theirs] : [neg, mine];
  return !facts.some((k) => intended(fact, fact.units[k]!.tokFrom));
}

/**
 * The units are asked for: all of them, or all the verbs among them (the subject of "co-operation over
 * asylum and immigration was crucial to controlling the flow" stands before the need).
 */
function allDemanded(info: TextInfo, units: number[]): boolean {
  if (units.every((k) => demanded(info, info.units[k]!.tokFrom))) return true;
  const verbs = units.filter((k) => info.units[k]!.verb);
  return verbs.length > 0 && verbs.every((k) => demanded(info, info.units[k]!.tokFrom));
}

/** What will, or will not, be done: a future modal before the word in its clause. */
const FUTURE = new Set(['will', "won't", "'ll", 'shall', 'going']);

function intended(info: TextInfo, tok: number): boolean {
  for (let k = tok - 1; k >= 0 && info.clauseOf[k] === info.clauseOf[tok]; k--) if (FUTURE.has(info.lowers[k]!)) return true;
  return false;
}

function supposition(info: TextInfo, u: Unit): boolean {
  return underCondition(info, u.clause, u.tokFrom, u.start) || asked(info, u.tokFrom);
}

const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'might', "'d", 'should']);
/** Modals that make "not" a possibility: "may not", "might not". */
const HEDGED = new Set(['may', 'might']);
const CONDITIONAL_MODALS = new Set(['can', 'could', 'would', 'might', 'may', "'d"]);

/** Words after which "not" negates a verb ("is not", "did not", "to not"): anything else puts it before a constituent. */
const AUXILIARY = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m", 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should',
  'shall', 'must', 'may', 'might', 'have', 'has', 'had', 'need', 'ought', 'to', 'dare', 'cannot',
]);

/** Words that open a noun or prepositional phrase: "not his style", "not at home". */
const PHRASE_OPENERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'any', 'some', 'every', 'all',
  'at', 'in', 'on', 'by', 'for', 'with', 'from', 'about', 'over', 'into', 'through', 'because', 'just', 'only', 'merely', 'simply',
]);

const BE_NEGATED = new Set(["isn't", "aren't", "wasn't", "weren't"]);
const BEFORE_BE = new Set(['have', 'has', 'had', 'yet', 'ever', 'always', 'even', 'still', 'necessarily']);

/**
 * "the specific taxes have not been announced": a passive denial is of its subject, the thing acted
 * on, so a claim about the speaker (the doer) does not supply it.
 */
function passiveDenial(info: TextInfo, n: NegTrigger): boolean {
  let be = BE.has(info.lowers[n.tok - 1] ?? '') || BE_NEGATED.has(info.lowers[n.tok]!);
  const after = n.tok + n.phrase.split(' ').length;
  for (let k = after; k < Math.min(info.lowers.length, after + 4); k++) {
    const w = info.lowers[k]!;
    if (BE.has(w)) be = true;
    else if (be) return /..(?:ed|en)$/.test(w);
    else if (!BEFORE_BE.has(w)) return false;
  }
  return false;
}

/** Words that may stand between "but" and the corrected constituent ("but all about", "but rather in"). */
const CORRECTION_FILLERS = new Set(['all', 'rather', 'instead', 'only', 'also', 'just', 'mainly', 'mostly', 'simply', 'really']);
const CORRECTION_REACH = 25;

/**
 * "was not about what was good for the country, but all about the interests of the party": a
 * correction repeats the word after "not" after "but"; the predicate stands, a constituent is denied.
 */
function corrected(info: TextInfo, n: NegTrigger): boolean {
  const next = info.lowers[n.tok + 1];
  if (next === undefined) return false;
  const end = Math.min(info.lowers.length, n.tok + CORRECTION_REACH);
  for (let k = n.tok + 2; k < end; k++) {
    if (/[.!?;:]/.test(info.text.slice(info.tokens[k - 1]!.end, info.tokens[k]!.start))) return false;
    if (info.lowers[k] !== 'but') continue;
    let j = k + 1;
    while (j < info.lowers.length && CORRECTION_FILLERS.has(info.lowers[j]!)) j++;
    return info.lowers[j] === next;
  }
  return false;
}

/**
 * "X, not Y" ("the judge, not politicians"; "results not his style"): the "not" denies a
 * constituent, and the predicate it is denied of stands before it, outside the scope.
 */
function constituentNegation(info: TextInfo, n: NegTrigger): boolean {
  if (n.phrase !== 'not') return false;
  if (corrected(info, n)) return true;
  const before = info.lowers[n.tok - 1];
  if (before !== undefined && AUXILIARY.has(before)) return false;
  // an adverb may stand between ("is certainly not"), a verb may not ("trying to achieve, not for Labour")
  if (before !== undefined && n.tok >= 2 && AUXILIARY.has(info.lowers[n.tok - 2]!) && lemmas(before)[0]?.pos === 'r') return false;
  // "and not apologise", "although not to carry them": a verb phrase after all
  const next = info.lowers[n.tok + 1];
  if (next === undefined || next === 'to') return false;
  if (PHRASE_OPENERS.has(next)) return true;
  return lemmas(next)[0]?.pos !== 'v';
}

/** The trigger is a verb of refusal or denial ("reject", "denied"), not a negative particle. */
function deniedByVerb(info: TextInfo, n: NegTrigger): boolean {
  return NEG_VERBS.matchAt(info.stems, info.lowers, n.tok) > 0;
}

export function negation(a: TextInfo, b: TextInfo, al: Alignment): NegationResult {
  // per trigger (keyed by side + token): conflicting unit indices on both sides
  const groups = new Map<string, { onA: boolean; trig: NegTrigger; mine: number[]; theirs: number[] }>();
  for (let i = 0; i < a.units.length; i++) {
    const j = al.aToB[i]!;
    if (j < 0) continue;
    const ua = a.units[i]!;
    const ub = b.units[j]!;
    if (ua.negated === ub.negated) continue;
    const onA = ua.negated;
    const neg = onA ? ua : ub;
    const info = onA ? a : b;
    const trig = triggerOf(info, neg.tokFrom);
    if (!trig) continue;
    const key = (onA ? 'a' : 'b') + trig.tok;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { onA, trig, mine: [], theirs: [] }));
    g.mine.push(onA ? i : j);
    g.theirs.push(onA ? j : i);
  }
  let conflict = 0;
  let local = 0;
  let focus = 0;
  let focusLocal = 0;
  let focusScope = 0;
  let focusSide: 'a' | 'b' | null = null;
  let shared = 0;
  let sharedPredicate = 0;
  const cues: Cue[] = [];
  const weak: Cue[] = [];
  const predicateOnly: Cue[] = [];
  for (const g of groups.values()) {
    const negInfo = g.onA ? a : b;
    const other = g.onA ? b : a;
    const [s, l] = g.onA ? share(a, b, g.trig, al.aToB, al.qa, al.specA) : share(b, a, g.trig, al.bToA, al.qb, al.specB);
    conflict = Math.max(conflict, s);
    local = Math.max(local, l);
    const f = focusUnit(negInfo, g.trig);
    const q = g.onA ? al.qa : al.qb;
    const spec = g.onA ? al.specA : al.specB;
    // a negated thing as general as its partner or more ("no person" against "a woman") denies it;
    // verb hierarchies are too loose for that ("not valued" / "pushing")
    let isShared = false;
    let predicate = false;
    // No plain denial of what the other side plainly asserts:
    const supposed =
      // "even if it hadn't won any", "if they haven't ID cards they are detained": a supposition
      hypothetical(negInfo, g.trig) ||
      // "36% of users have never sent …": a share of a group
      partialSubject(negInfo, g.trig) ||
      // "to convince people there was no black hole": someone else's claim
      claimedByOthers(negInfo, g.trig) ||
      // "urged ministers to reassure people" against "ministers failed to reassure": a demand
      demandAgainstFact(negInfo, g.mine, other, g.theirs) ||
      // "it doesn't seem that many for Wales": an amount
      deniesAmount(negInfo, g.trig, other) ||
      // "refused to answer further questions" against "answered questions": more of it, or another
      additiveDenial(negInfo, g.mine, other, g.theirs) ||
      // "if there is a positive sample, they should notify …" against "I have not been notified":
      // the other side only supposes it, or asks ("Were there racist chants?")
      g.theirs.every((k) => supposition(other, other.units[k]!));
    // "judged by results, not his style": the other side must say the clause around "his style"
    const constituent = constituentNegation(negInfo, g.trig);
    // a verb of denial is the predicate itself: what it denies must be said of something on the other side
    // ("would reject the European constitution" / "the constitution reflected a British vision for Europe")
    const byVerb = deniedByVerb(negInfo, g.trig);
    if (!supposed && f >= 0 && g.mine.includes(f) && (q[f]! >= 0.8 || (q[f]! >= 0.69 && spec[f]! <= 0 && !negInfo.units[f]!.verb))) {
      if (s >= focus) focusSide = g.onA ? 'a' : 'b';
      focus = Math.max(focus, s);
      focusLocal = Math.max(focusLocal, l);
      const sc = scopeShare(negInfo, g.trig, g.mine, q);
      focusScope = Math.max(focusScope, sc);
      // the predicate's partner, or any other word of the other side aligned to it ("favors a
      // peaceful settlement … paths toward peace": the first says it with its subject)
      const back = g.onA ? al.bToA : al.aToB;
      const anchors = [(g.onA ? al.aToB : al.bToA)[f]!];
      back.forEach((i, k) => {
        if (i === f && k !== anchors[0]) anchors.push(k);
      });
      const matches = anchors.map((j) => negatedProposition(negInfo, other, al, g.onA, g.trig, j));
      isShared = matches.some((m) => sharesProposition(m, !constituent, byVerb));
      if (isShared) shared = Math.max(shared, sc);
      else if (!passiveDenial(negInfo, g.trig) && matches.some(assertsDenied)) {
        predicate = true;
        sharedPredicate = Math.max(sharedPredicate, sc);
      }
    }
    // a paraphrased predicate: the proposition found whole around one of the negated words' partners
    // (not past a frame: "I don't see why the prime minister has to get involved" denies nothing he does)
    const framed = framedBefore(negInfo, g.trig.scopeFrom, Math.min(...g.mine.map((k) => negInfo.units[k]!.tokFrom)));
    // nor for a denied constituent ("not for the Labour Party but for this country"): its predicate is asserted
    if (!supposed && !framed && !constituent && !isShared && [...new Set(g.theirs)].some((j) => sharesProposition(negatedProposition(negInfo, other, al, g.onA, g.trig, j), false, byVerb))) {
      isShared = true;
      shared = Math.max(shared, s);
    }
    const lastEnd = Math.max(...g.mine.map((k) => negInfo.units[k]!.end));
    // a passive denial follows what it denies ("the peace plan was rejected")
    const firstStart = Math.min(...g.mine.map((k) => negInfo.units[k]!.start));
    const negSide = side(negInfo.text, Math.min(g.trig.start, firstStart), Math.max(g.trig.end, lastEnd));
    const theirs = [...new Set(g.theirs)].map((k) => other.units[k]!).sort((x, y) => x.start - y.start);
    // one span when the partners sit close together in one clause, else the first partner
    const close = theirs.every((u) => u.clause === theirs[0]!.clause) && theirs.at(-1)!.tokFrom - theirs[0]!.tokFrom <= 10;
    const otherSide = close
      ? side(other.text, Math.min(...theirs.map((u) => u.start)), Math.max(...theirs.map((u) => u.end)))
      : side(other.text, theirs[0]!.start, theirs[0]!.end);
    const words = [...new Set(g.mine.map((k) => negInfo.text.slice(negInfo.units[k]!.start, negInfo.units[k]!.end)))].join(', ');
    const cue: Cue = {
      type: 'negation',
      note: `"${g.trig.phrase}" negates ${words} on one side only`,
      a: g.onA ? negSide : otherSide,
      b: g.onA ? otherSide : negSide,
    };
    cues.push(cue);
    if (!isShared) weak.push(cue);
    if (!isShared && predicate) predicateOnly.push(cue);
  }
  return { conflict, local, focus, focusLocal, focusScope, focusSide, shared, sharedPredicate, cues, weak, predicateOnly };
}
