// Evaluative tone: how warmly each side describes what both talk about. Two accounts of
// one meeting, "excellent" against "very meaningful and frank", diverge in intensity.
import type { Cue } from '../types.js';
import type { TextInfo, ToneMention } from './analyze.js';
import type { Alignment } from './align.js';
import { side } from './cues.js';
import { content } from './proposition.js';
import { lemmas } from './wordnet.js';

export interface ToneResult {
  /** Difference of the strongest evaluations, scaled to 0..1 (3 points = 1). */
  tone: number;
  cues: Cue[];
}

function strongest(ms: ToneMention[]): ToneMention | undefined {
  let best: ToneMention | undefined;
  for (const m of ms) if (!best || Math.abs(m.value) > Math.abs(best.value)) best = m;
  return best;
}

function mean(ms: ToneMention[]): number {
  return ms.reduce((s, m) => s + m.value, 0) / ms.length;
}

/** Prepositions that attach a noun phrase to the head before it ("the meeting with the union"). */
const ATTACH = new Set(['with', 'of', 'between', 'for', 'on', 'in', 'about']);

/**
 * What evaluation m evaluates: the nearest content word before it in its clause, and the heads
 * that word's phrase hangs from through prepositions ("the meeting with the union was
 * excellent": union, meeting). Not a word farther back ("value for money, the clean hospitals
 * and good schools": hospitals, not money).
 */
function targets(info: TextInfo, m: ToneMention, evaluative: Set<number>): number[] {
  // "it doesn't make you a bad team": a denied evaluation is none
  const own = info.unitOfTok[m.tok]!;
  if (own >= 0 && info.units[own]!.negated) return [];
  const attributive = attributiveTargets(info, m);
  // "the team is a great team": after a copula the phrase is said of the subject as well
  if (attributive && !COPULA.has(info.lowers[m.tok - 2] ?? '') && !COPULA.has(info.lowers[m.tok - 1] ?? '')) return attributive;
  const out: number[] = attributive ?? [];
  let k = m.tok - 1;
  while (k >= 0 && info.clauseOf[k] === m.clause) {
    const u = info.unitOfTok[k]!;
    // "it's" is no target: a pronoun evaluated on both sides says nothing of what it stands for;
    // nor a verb that opens the evaluated clause ("the architecture means that it would be useful")
    if (u >= 0 && !evaluative.has(k) && content(info, u) && !CLAUSE_OPENERS.has(info.lowers[info.units[u]!.tokTo] ?? '')) {
      out.push(u);
      // past the phrase's own words to the word before it: a preposition attaches it to a head
      let j = info.units[u]!.tokFrom - 1;
      while (j >= 0 && info.unitOfTok[j]! < 0 && !ATTACH.has(info.lowers[j]!) && info.clauseOf[j] === m.clause && /^(the|a|an|their|its|his|her|our|this|that)$/.test(info.lowers[j]!)) j--;
      if (j < 0 || !ATTACH.has(info.lowers[j]!)) break;
      k = j - 1;
      continue;
    }
    k--;
  }
  return out;
}

/** Words that start a clause after the verb that takes it: "means that …", "mean it will …". */
const CLAUSE_OPENERS = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'there', 'this']);
const COPULA = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', 'being']);
/** At most this many adjectives between an attributive evaluation and its noun ("a good young team"). */
const MAX_ADJECTIVES_BETWEEN = 2;

function isNoun(word: string): boolean {
  return lemmas(word).some((l) => l.pos === 'n');
}

function isAdjectiveOnly(word: string): boolean {
  const ls = lemmas(word);
  return ls.length > 0 && ls.every((l) => l.pos === 'a' || l.pos === 'r');
}

/**
 * An evaluation before a noun in its own phrase ("Chelsea have a good team", "his chancellor's
 * brilliant performance") evaluates that noun and its possessor, not the subject before it:
 * praising a team is no verdict on the club's conduct. Of those, only the possessor is a target
 * here: common nouns ("game", "start", "progress") pair up between any two texts on one topic.
 * Returns null when the evaluation stands before no noun.
 */
function attributiveTargets(info: TextInfo, m: ToneMention): number[] | null {
  let k = m.tok + m.phrase.split(' ').length;
  for (let skipped = 0; k < info.tokens.length && info.clauseOf[k] === m.clause; k++) {
    const u = info.unitOfTok[k]!;
    if (u < 0) return null;
    const unit = info.units[u]!;
    const adjective = isAdjectiveOnly(info.lowers[k]!);
    if (!adjective && !unit.verb && isNoun(info.lowers[unit.tokTo - 1]!)) break;
    if (!adjective || ++skipped > MAX_ADJECTIVES_BETWEEN) return null;
  }
  if (k >= info.tokens.length || info.clauseOf[k] !== m.clause) return null;
  // the noun itself is no target: "a great game", "a tough game" are said of any two matches
  const out: number[] = [];
  const before = m.tok - 1;
  if (before >= 0 && /['’]s$/.test(info.lowers[before]!) && info.unitOfTok[before]! >= 0) out.push(info.unitOfTok[before]!);
  return out;
}

function evaluativeTokens(info: TextInfo): Set<number> {
  const out = new Set<number>();
  for (const m of info.tone) for (let k = m.tok; k < m.tok + m.phrase.split(' ').length; k++) out.add(k);
  return out;
}

/**
 * Tone counts when both sides evaluate what they share: the evaluations' targets (targets())
 * are the same word or synonyms ("the conversation was excellent" / "the chat was very
 * meaningful and frank"), not an evaluation of something else ("the meeting with the union was
 * excellent" / "a pension deal will be difficult, the union warned").
 */
export function tone(a: TextInfo, b: TextInfo, al: Alignment): ToneResult {
  if (!a.tone.length || !b.tone.length) return { tone: 0, cues: [] };
  const ta = new Set<ToneMention>();
  const tb = new Set<ToneMention>();
  const ea = evaluativeTokens(a);
  const eb = evaluativeTokens(b);
  const byTargetB = new Map<number, ToneMention[]>();
  for (const m of b.tone) for (const j of targets(b, m, eb)) byTargetB.set(j, [...(byTargetB.get(j) ?? []), m]);
  for (const m of a.tone) {
    for (const i of targets(a, m, ea)) {
      const j = al.aToB[i]!;
      if (j < 0) continue;
      const mb = byTargetB.get(j);
      if (!mb) continue;
      ta.add(m);
      for (const x of mb) tb.add(x);
    }
  }
  if (!ta.size || !tb.size) return { tone: 0, cues: [] };
  const diff = Math.abs(mean([...ta]) - mean([...tb]));
  if (diff < 1) return { tone: 0, cues: [] };
  const ma = strongest([...ta])!;
  const mb = strongest([...tb])!;
  const sa = side(a.text, ma.start, ma.end);
  const sb = side(b.text, mb.start, mb.end);
  const note = `tone ${mean([...ta]).toFixed(1)} against ${mean([...tb]).toFixed(1)}: "${sa.text}" vs "${sb.text}"`;
  return { tone: Math.min(1, diff / 3), cues: [{ type: 'tone', note, a: sa, b: sb }] };
}
