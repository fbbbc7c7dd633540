// Antonyms (WordNet and a news list) and co-hyponyms in the same slot (red/yellow,
// kitchen/bathroom, France/Italy) among the units the alignment left unpaired.
import type { Cue } from '../types.js';
import type { TextInfo, Unit } from './analyze.js';
import type { Alignment } from './align.js';
import { relation, antonymous, isAnimateWord } from './relations.js';
import { NEWS_ANTONYMS } from './lexicon.js';
import { side } from './cues.js';
import { slotOf, type Slot } from './slot.js';
import { clauseMatch, PROPOSITION } from './proposition.js';

export interface ContrastResult {
  antonym: number;
  cohyponym: number;
  sisterVerb: number;
  /** A contrast on the first content word of either statement (its subject): other referents, not one scene told two ways. */
  subject: number;
  /** A contrast between two kinds of person or animal (man / woman, dog / cat): two doers, not one described two ways. */
  person: number;
  /** Sister names in one slot (France / Italy, Chinese / Thai): two named referents cannot both hold. */
  name: number;
  /** Units (index in a, index in b) swapped for each other in one scene: they fill the same slot. */
  swaps: Array<[number, number]>;
  /** Opposites or sister terms by the slot they fill (slot.ts): 1 when some swap fills it. */
  slots: Record<Slot, number>;
  /**
   * 1 when an opposite or a sister term of one scene fills one slot of two clauses that
   * otherwise say the same thing (proposition.ts): the evidence a flag may rest on.
   */
  shared: number;
  cues: Cue[];
  /** Cues of swaps whose clauses say different things: kept out of flags. */
  weak: Cue[];
}

/** In the news list by stem or by a WordNet base form's stem (bought / sold → buy / sell). */
function newsAntonym(a: Unit, b: Unit): boolean {
  for (const x of a.forms) {
    const opp = NEWS_ANTONYMS.get(x);
    if (opp && b.forms.some((y) => opp.has(y))) return true;
  }
  return false;
}

/** Pairs of clauses (a's, b's) that talk about the same thing (share an aligned unit), where antonyms count. */
function sharedContexts(a: TextInfo, b: TextInfo, al: Alignment): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < a.units.length; k++) {
    const m = al.aToB[k]!;
    if (m >= 0) out.add(contextKey(a.units[k]!.clause, b.units[m]!.clause));
  }
  return out;
}

function contextKey(clauseA: number, clauseB: number): number {
  return clauseA * 65536 + clauseB;
}

/** Same slot: a neighbouring unit on each side is aligned to the other's neighbour. */
function sameSlot(a: TextInfo, b: TextInfo, al: Alignment, i: number, j: number): boolean {
  const prev = i > 0 && j > 0 && al.aToB[i - 1] === j - 1 && a.units[i - 1]!.clause === a.units[i]!.clause;
  const next = i + 1 < a.units.length && j + 1 < b.units.length && al.aToB[i + 1] === j + 1;
  return prev || next;
}

/** Keys to compare: the unit, and for a compound its modifier ("little girl" → little). */
function keys(u: Unit): string[] {
  const k = u.key.indexOf('_');
  return k > 0 ? [u.key, u.key.slice(0, k)] : [u.key];
}

function isCompound(u: Unit): boolean {
  return u.tokTo - u.tokFrom > 1;
}

/** `onlyAntonym`: the caller can use nothing but an opposite, so sister terms are not looked for. */
function contrastOf(ua: Unit, ub: Unit, onlyAntonym: boolean): string {
  if (newsAntonym(ua, ub)) return 'antonym';
  // "black cat" / "cat": the compound is a kind of its head (but "living room" / "dining room" are sisters)
  if (ua.head === ub.head && !(isCompound(ua) && isCompound(ub))) return 'none';
  const rel = onlyAntonym ? (x: string, y: string) => (antonymous(x, y) ? 'antonym' : 'none') : relation;
  // in a verb slot ("is walking" / "is following") the nouns those forms also are do not count:
  // different members of one category of things become different actions
  if (ua.verb || ub.verb) {
    const r = rel(ua.key, ub.key);
    return r === 'cohyponym' ? 'sister-verb' : r;
  }
  let best = 'none';
  for (const x of keys(ua)) {
    for (const y of keys(ub)) {
      const r = rel(x, y);
      if (r === 'antonym') return r;
      // "thing", "matter", "issue" name no member of a category: sisters of anything by some sense
      if (GENERAL.has(x) || GENERAL.has(y)) continue;
      if (r === 'cohyponym' || (r === 'sister-verb' && best === 'none')) best = r;
    }
  }
  return best;
}

/** Nouns too general to be one member of a category. */
const GENERAL = new Set([
  'thing', 'things', 'something', 'anything', 'everything', 'matter', 'matters', 'issue', 'issues', 'way', 'ways', 'kind', 'sort', 'type',
  'part', 'lot', 'stuff', 'fact', 'point', 'case', 'aspect', 'area', 'element', 'item', 'factor', 'situation', 'one', 'ones', 'time', 'place',
]);

function capitalised(text: string, u: Unit): boolean {
  return /^\p{Lu}/u.test(text.slice(u.start, u.start + 1)) && u.tokFrom > 0;
}

function polarity(u: Unit): boolean {
  return u.negated !== u.ended;
}

/** The first content unit of i's clause before i and apart from it, or -1. */
function clauseOpener(x: TextInfo, i: number): number {
  const c = x.units[i]!.clause;
  let k = i;
  while (k > 0 && x.units[k - 1]!.clause === c) k--;
  // a word right before the swapped one modifies it ("old Indian woman"): no clause of its own
  return k < i && !x.units[k]!.light && x.units[k]!.tokTo < x.units[i]!.tokFrom ? k : -1;
}

const KIN: ReadonlySet<string> = new Set(['same', 'synonym', 'hypernym', 'hyponym']);

/**
 * What each clause is about, before the swapped words, has no partner and the two are unrelated:
 * "the budget would stimulate growth" / "the strength of the euro is dampening growth" are two
 * causes, not one told two ways.
 */
function otherDoers(a: TextInfo, b: TextInfo, al: Alignment, i: number, j: number): boolean {
  const x = clauseOpener(a, i);
  const y = clauseOpener(b, j);
  if (x < 0 || y < 0 || al.qa[x]! > 0 || al.qb[y]! > 0) return false;
  return !KIN.has(relation(a.units[x]!.key, b.units[y]!.key));
}

const SHARE_REACH = 4;

/**
 * The unit is what a share is of ("57% of the consumer electronics market"): two shares of two
 * wholes ("30% of returns") are two quantities, not one told two ways.
 */
function shareOf(x: TextInfo, i: number): boolean {
  const t = x.units[i]!.tokFrom;
  return x.numbers.some((n) => n.kind === 'percent' && x.lowers[n.tokTo] === 'of' && t > n.tokTo && t <= n.tokTo + SHARE_REACH);
}

export function contrast(a: TextInfo, b: TextInfo, al: Alignment): ContrastResult {
  let antonym = 0;
  let cohyponym = 0;
  let sisterVerb = 0;
  let subject = 0;
  let person = 0;
  let name = 0;
  const swaps: Array<[number, number]> = [];
  const slots: Record<Slot, number> = { verb: 0, modifier: 0, place: 0, argument: 0 };
  let shared = 0;
  const cues: Cue[] = [];
  const weak: Cue[] = [];
  const usedB = new Set<number>();
  const contexts = sharedContexts(a, b, al);
  for (let i = 0; i < a.units.length; i++) {
    if (al.qa[i]! >= 0.9) continue;
    const ua = a.units[i]!;
    // light words ("will", "say", "take") are never the conflict: "will" the noun is a legal paper
    if (ua.light) continue;
    for (let j = 0; j < b.units.length; j++) {
      if (al.qb[j]! >= 0.9 || usedB.has(j)) continue;
      const ub = b.units[j]!;
      if (ub.light) continue;
      // where a swap could count at all, checked before the (costly) word relation: sister
      // terms in one slot, opposites in one slot or in clauses about the same thing
      const inSlot = sameSlot(a, b, al, i, j);
      if (!inSlot && !contexts.has(contextKey(ua.clause, ub.clause))) continue;
      // "not war" and "peace" agree; opposites only conflict with the same polarity.
      if (polarity(ua) !== polarity(ub)) continue;
      const r = contrastOf(ua, ub, !inSlot);
      if (r !== 'antonym' && r !== 'cohyponym' && r !== 'sister-verb') continue;
      usedB.add(j);
      const wa = a.text.slice(ua.start, ua.end);
      const wb = b.text.slice(ub.start, ub.end);
      if (i === 0 || j === 0) subject = 1;
      const animate = isAnimateWord(ua.key) && isAnimateWord(ub.key) && !capitalised(a.text, ua) && !capitalised(b.text, ub);
      const slot = r === 'sister-verb' ? 'verb' : slotOf(a, b, al, i, j);
      if (animate) person = 1;
      slots[slot] = 1;
      // Only a swap in one scene's description is a conflict: another property or place of the
      // same thing. Another doer (a man / a woman is playing) or another action (is sitting / is
      // running) may be another moment; those keep their cue but count as 'person' or 'verb'.
      // Opposite acts stay (bought / sold, to start / to finish); an ongoing activity (is sitting
      // / is standing) may change from one moment to the next.
      const ongoing = ua.key.endsWith('ing') || ub.key.endsWith('ing');
      const scene = !animate && (slot !== 'verb' || (r === 'antonym' && !ongoing));
      if (scene && capitalised(a.text, ua) && capitalised(b.text, ub)) name = 1;
      if (scene) swaps.push([i, j]);
      if (r === 'sister-verb') sisterVerb = 1;
      else if (scene && r === 'antonym') antonym = 1;
      else if (scene) cohyponym = 1;
      const inOneProposition = scene && r !== 'sister-verb' && clauseMatch(a, b, al, i, j) >= PROPOSITION.minClauseMatch && !otherDoers(a, b, al, i, j) && !(shareOf(a, i) && shareOf(b, j));
      if (inOneProposition) shared = 1;
      const cue: Cue = {
        type: 'antonym',
        note:
          r === 'antonym'
            ? `"${wa}" is the opposite of "${wb}"`
            : r === 'cohyponym'
              ? `"${wa}" and "${wb}" are different members of one category`
              : `"${wa}" and "${wb}" are different actions of one kind`,
        a: side(a.text, ua.start, ua.end),
        b: side(b.text, ub.start, ub.end),
      };
      cues.push(cue);
      if (!inOneProposition) weak.push(cue);
      break;
    }
  }
  return { antonym, cohyponym, sisterVerb, subject, person, name, swaps, slots, shared, cues, weak };
}
