// Grammar shared by the attribution constructions: word classes, adjuncts to skip, and checks on clause starts,
// finite verbs, infinitives and negation. Heuristics over tokens, no parser.
import type { Tok } from './lex.js';
import { RAISING, tookTo } from './cues.js';
import type { NP } from './np.js';
import { ADVERBS, AUXILIARIES, DAYS, MONTHS, TIME_WORDS } from './lexicon.js';

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'with', 'about', 'for', 'of', 'from', 'by', 'after', 'before', 'during', 'over', 'under', 'via',
  'through', 'while', 'since', 'until', 'amid', 'against', 'like', 'into', 'onto', 'toward', 'towards', 'upon', 'among',
  'despite', 'without', 'regarding', 'following', 'per', 'near', 'between', 'behind', 'across', 'around',
]);

// Prepositions whose object cannot be the subject of a following verb ("after" and "while" can start a clause).
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'from', 'of', 'for', 'about', 'against', 'like', 'on', 'at', 'in', 'into', 'toward', 'towards', 'among', 'between', 'by', 'via', 'over', 'under', 'onto', 'upon', 'per', 'near']);

export const NOT_CLAUSE_START: ReadonlySet<string> = new Set([
  ...PREPOSITIONS, 'and', 'but', 'or', 'nor', 'so', 'as', 'than', 'goodbye', 'hello', 'yes', 'no', 'sorry', 'thanks', 'otherwise',
  'nothing', 'something', 'anything', 'much', 'little', 'more', 'less', 'too', 'very', 'not', 'also', 'only', 'just', 'out', 'up',
  'down', 'off', 'back', 'away', 'again', 'here', 'then', 'now', 'later', 'earlier', 'twice', 'once', 'instead',
]);

export const SUBJECT_SKIP: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'instead', 'indeed', 'now', 'then', 'also', 'ultimately', 'overall', 'finally', 'later', 'earlier', 'separately', 'likewise', 'similarly', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'besides', 'thus', 'hence', 'therefore', 'again']);

export const SENTENCE_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...', ';']);

export const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

export const MIN_CLAUSE_WORDS = 3;

export const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'if', 'when', 'because', 'once', 'unless', 'whether']);

// Nouns ending in -ly: "the family said" has no adverb before its verb.
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'reply', 'monopoly', 'anomaly', 'bully', 'homily', 'melancholy']);

export function isAdverb(t: Tok): boolean {
  return t.word && !t.cap && (ADVERBS.has(t.low) || AUXILIARIES.has(t.low) || (t.low.endsWith('ly') && t.low.length > 4 && !LY_NOUNS.has(t.low)));
}

export function isTimeWord(t: Tok): boolean {
  return t.word && (DAYS.has(t.low) || MONTHS.has(t.low));
}

/** Skip "also", "has", "on Thursday", "last week" leftwards from k (exclusive); returns the new end. */
export function skipBack(toks: Tok[], end: number, min: number): number {
  let k = end;
  for (;;) {
    const t = toks[k - 1];
    if (k <= min || t === undefined) return k;
    // "Trump and McGovern both think": a floating quantifier after the subject; "the weekly said": after a determiner an -ly
    // word is the noun
    if (isAdverb(t) && !(t.low.endsWith('ly') && /^(?:the|a|an|his|her|its|their)$/.test(toks[k - 2]?.low ?? '')) || (t.low === 'both' || t.low === 'each') && toks[k - 2]?.cap === true && toks[k - 2].word) {
      k--;
      continue;
    }
    if (/^\p{N}/u.test(t.text) && toks[k - 2] !== undefined && (MONTHS.has(toks[k - 2].low) || (toks[k - 2].text === '.' && MONTHS.has(toks[k - 3]?.low ?? '')))) {
      k -= toks[k - 2].text === '.' ? 3 : 2;
      continue;
    }
    if (isTimeWord(t) || (t.word && !t.cap && TIME_WORDS.has(t.low) && isTimeWord(toks[k - 2] ?? t))) {
      let j = k - 1;
      while (j > min && toks[j - 1].word && (isTimeWord(toks[j - 1]) || TIME_WORDS.has(toks[j - 1].low))) j--;
      k = j;
      continue;
    }
    // "continues to insist": a raising verb and "to" before the cue; "took to Twitter to accuse"
    if (t.low === 'to' && RAISING.has(toks[k - 2]?.low ?? '') && k - 2 > min) {
      k -= 2;
      continue;
    }
    const took = t.low === 'to' ? tookTo(toks, k - 1) : -1;
    if (took > min) {
      k = took;
      continue;
    }
    // "who in 2010 said": a year after "in"
    if (/^(?:19|20)\d\d$/.test(t.text) && toks[k - 2]?.low === 'in' && k - 2 >= min) {
      k -= 2;
      continue;
    }
    if ((t.low === 'week' || t.low === 'month' || t.low === 'year' || t.low === 'night') && (toks[k - 2]?.low === 'last' || toks[k - 2]?.low === 'this')) {
      k -= 2;
      continue;
    }
    return k;
  }
}

export function wordCount(toks: Tok[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (toks[i].word) n++;
  return n;
}

export const QUANTIFIERS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'only', 'just', 'some', 'roughly', 'around', 'over', 'under', 'more', 'fewer', 'less', 'than', 'fully', 'barely', 'another', 'an', 'additional', 'at', 'least', 'most']);

/** Tokens [a, b) as an anonymous phrase, kept as written: a source with no name or role the NP parser knows. */
export function phraseNP(toks: Tok[], a: number, b: number, det: string | null): NP {
  return { t0: a, t1: b, s: toks[a].s, e: toks[b - 1].e, kind: 'anon', name: null, nameT0: a, pronoun: null, places: [], role: null, det, gender: null, org: false };
}

/** "not" or "n't" just before the cue, past an auxiliary: "have not said", "isn't saying". */
export function negation(t: Tok): boolean {
  return t.low === 'not' || t.low === 'never' || t.low.endsWith("n't");
}

export function negated(toks: Tok[], t0: number): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - 3; k--) {
    const t = toks[k];
    if (!t.word) return false;
    if (negation(t)) return true;
    if (!AUXILIARIES.has(t.low) && !isAdverb(t)) return false;
  }
  return false;
}

export const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'whether', 'if', 'why', 'who', 'whom', 'when', 'where', 'which']);

// After "to", words that cannot be a verb: "told the story to anyone who …"
const NOT_VERBS: ReadonlySet<string> = new Set(['anyone', 'everyone', 'someone', 'anybody', 'everybody', 'somebody', 'nobody', 'him', 'her', 'them', 'me', 'us', 'you', 'it', 'all', 'each', 'both', 'date', 'power', 'office', 'court', 'reporters']);

/** "to" and a verb: "pledged to cut taxes". */
export function infinitive(toks: Tok[], j: number, lim: number): number {
  const t = toks[j];
  const n = toks[j + 1];
  return t !== undefined && j + 1 < lim && t.word && t.low === 'to' && n.word && !n.cap && !DETERMINER_LIKE.has(n.low) && !NOT_VERBS.has(n.low) && !/^\p{N}/u.test(n.text) ? j : -1;
}

export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'reporters', 'journalists', 'court', 'parliament', 'congress', 'lawmakers', 'investigators', 'police', 'jurors', 'supporters', 'viewers', 'listeners', 'readers', 'voters', 'members', 'employees', 'staff', 'students', 'colleagues']);

/** "that" as a complementizer ("said in a statement that it would") rather than a relative ("divisions that could"). */
export function complementizer(toks: Tok[], k: number): boolean {
  const n = toks[k + 1];
  if (n === undefined) return false;
  if (!n.word) return n.mark === 'open' || n.text === '[' || n.text === ',';
  return !FINITE.test(n.low) && !/^[a-z]{3,}(?:ed|s)$/.test(n.text) || /^(?:he|she|it|they|we|i|this|these|those|there|his|her|its|their|our)$/.test(n.low);
}

/** Days, months and "last week" right after the cue: "said Sunday a prolonged standoff …". */
export function skipTime(toks: Tok[], j: number, lim: number): number {
  let k = j;
  while (k < lim) {
    const t = toks[k];
    // "Friday's test" is an object, not a time adjunct
    if (!t.word || t.poss) break;
    if (isTimeWord(t) || (TIME_WORDS.has(t.low) && !PREPOSITIONS.has(t.low) && t.low !== 'this' && t.low !== 'last' && t.low !== 'next') || /^\p{N}{1,2}$/u.test(t.text) && MONTHS.has(toks[k - 1]?.low ?? '')) k++;
    else if ((t.low === 'last' || t.low === 'this' || t.low === 'next' || t.low === 'on' || t.low === 'late' || t.low === 'early') && k + 1 < lim && (isTimeWord(toks[k + 1]) || TIME_WORDS.has(toks[k + 1].low))) k += 2;
    else break;
  }
  return k;
}

export function clauseStarts(t: Tok): boolean {
  return t.cap || /^(?:he|she|it|they|we|i|you|the|a|an|this|these|those|there|his|her|its|their|our|my|some|many|most|no|all|both|every|each|any)$/.test(t.low) || /^\p{N}/u.test(t.text);
}

export const DETERMINER_LIKE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at']);

export const FINITE = /^(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|shall|does|did|do|won't|wouldn't|can't|cannot|couldn't|doesn't|don't|didn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|needs|wants)$/;

/** A bare content clause ("said the plan would fail") has a finite verb early; an object ("reiterated the urgency") has none. */
export function clauseLike(toks: Tok[], a: number, lim: number): boolean {
  if (/^(?:he|she|they|we|i|it|there)$/.test(toks[a]?.low ?? '') && toks[a + 1]?.word === true) return true;
  let words = 0;
  for (let k = a; k < lim && words < 9; k++) {
    const t = toks[k];
    if (!t.word) {
      if (t.text === ',' && words > 0) return false;
      continue;
    }
    words++;
    if (FINITE.test(t.low)) return true;
    const p = toks[k - 1];
    if (words > 1 && p !== undefined && p.word && !p.poss && !DETERMINER_LIKE.has(p.low)) {
      if (/^[a-z]{3,}ed$/.test(t.text)) return true;
      if (/^[a-z]{2,}[^su]s$/.test(t.text) && (p.cap || /^(?:he|she|it|they|who)$/.test(p.low))) return true;
    }
  }
  return false;
}

export const CUT_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'though', 'although', 'while', 'whereas', 'yet']);

export const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i|it)$/;

/** The start of a sentence interrupted by its attribution: a subject phrase or a sentence adverb, no clause of its own. */
export function parentheticalStart(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ',' || t.text === ':' || t.text === '(' || DASHES.has(t.text)) return false;
    // "Since May, the ministry said, …": a capitalised "May" inside the sentence is the month, not the modal
    if (t.word && (FINITE.test(t.low) && !(t.cap && k > a && MONTHS.has(t.low)) || SUBORDINATORS.has(t.low) || t.low === 'who' || t.low === 'which')) return false;
  }
  return true;
}

const PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'get', 'gets', 'got', "isn't", "wasn't", "weren't", "aren't"]);

/** "He was told he would be released", "were told by hosts", "only to be confined and told …": a verb of telling or asking
 * in the passive has its hearer as subject; the subject said nothing. */
export function hearerPassive(toks: Tok[], t0: number, lemma: string, object: boolean): boolean {
  const t = toks[t0];
  if (t === undefined || !(object || lemma === 'ask') || t.low === lemma || /(?:s|ing)$/.test(t.low)) return false;
  let k = t0 - 1;
  for (let hops = 0; hops < 2; hops++) {
    while (k >= 0 && toks[k].word && isAdverb(toks[k]) && !PASSIVE_AUX.has(toks[k].low) && !AUXILIARIES.has(toks[k].low)) k--;
    const p = toks[k];
    if (p === undefined || !p.word) return false;
    if (PASSIVE_AUX.has(p.low)) return true;
    // "confined and told": one participle coordinated with another of the same passive
    if (p.low !== 'and' || !/^[a-z]{3,}(?:ed|en)$/.test(toks[k - 1]?.low ?? '')) return false;
    k -= 2;
  }
  return false;
}
