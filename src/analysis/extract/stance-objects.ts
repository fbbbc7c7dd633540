// Objects of stance verbs: "criticized the plan", "expects Clinton to win", "called it a bandage solution".
import type { Tok } from './lex.js';
import { parseNP, parseNPForward } from './np.js';
import { AUXILIARIES, CALL_ADJECTIVES, TIME_WORDS } from './lexicon.js';
import { CUT_CONJUNCTIONS, DASHES, FINITE, NOT_CLAUSE_START, OBJECT_PRONOUNS, PREPOSITIONS, SENTENCE_PUNCT, infinitive, isAdverb, isTimeWord } from './grammar.js';

/** The object of a stance verb: "criticized the plan as …", "urged voters to …", "attacked “the hateful ideology”". */
export function evalContent(toks: Tok[], j: number, lim: number): number {
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  if (t.mark === 'open') return j;
  // "rejected that argument in a ruling": a demonstrative, not a clause
  const demonstrative = t.low === 'that' && toks[j + 1]?.word === true && !toks[j + 1].cap && !FINITE.test(toks[j + 1].low) && (j + 2 >= lim || !toks[j + 2].word || PREPOSITIONS.has(toks[j + 2].low));
  if (demonstrative) return j;
  if (!t.word || t.low === 'that' || t.low === 'by' || PREPOSITIONS.has(t.low) || NOT_CLAUSE_START.has(t.low) || isAdverb(t) || isTimeWord(t) && !t.poss) return -1;
  // "wants it and …": a bare pronoun object ends before anything worth a statement
  const n = toks[j + 1];
  if ((t.low === 'it' || t.low === 'them') && (n === undefined || !n.word || CUT_CONJUNCTIONS.has(n.low))) return -1;
  return j;
}

/** OBJECT to VP: "expect Clinton to win the debate", "expects them to become scarcer". */
export function controlContent(toks: Tok[], j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim || !t.word) return -1;
  let k = -1;
  if (OBJECT_PRONOUNS.has(t.low) && t.low !== 'it') k = j + 1;
  else {
    const np = parseNP(toks, j, lim, text);
    if (np !== null && np.kind !== 'pronoun') k = np.t1;
  }
  return k > 0 && infinitive(toks, k, lim) >= 0 ? j : -1;
}

/** "what SPEAKER called": "what" within four words before the cue at `cue`. */
function whatBefore(toks: Tok[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 5; k--) {
    if (!toks[k].word) return false;
    if (toks[k].low === 'what') return true;
  }
  return false;
}

/** "called it a bandage solution", "called the minister a “chicken”": the object, then what it was called. */
export function callContent(toks: Tok[], j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  // "what she called a “rant”", "what Trump called “fake news”": the name itself, quoted
  if ((t.mark === 'open' || /^(?:a|an)$/.test(t.low) && toks[j + 1]?.mark === 'open') && whatBefore(toks, j - 1)) return j;
  if (!t.word || /^(?:in|off|up|back|out|for|on|it's)$/.test(t.low)) return -1;
  let k: number;
  if (/^(?:it|him|her|them|this|that|these|those|himself|herself|themselves)$/.test(t.low)) k = j + 1;
  else {
    const np = parseNPForward(toks, j, lim, text);
    if (np !== null) k = np.t1;
    else return calledObject(toks, j, lim);
  }
  const n = toks[k];
  if (n === undefined || k >= lim) return calledObject(toks, j, lim);
  if (n.mark === 'open' || n.low === 'the' || (n.low === 'a' || n.low === 'an') && calledName(toks, k + 1)) return k;
  return calledObject(toks, j, lim);
}

/** After "called X a": a name for X, not "a day later" or "a meeting". */
function calledName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.mark === 'open' || t.word && !NOT_CALLED.has(t.low) && !isTimeWord(t) && !TIME_WORDS.has(t.low));
}

// "called him a day later", "called a meeting": what follows "a" that is not a name for the object
const NOT_CALLED: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'few', 'couple', 'lot', 'number', 'series', 'meeting', 'press', 'vote', 'halt', 'news', 'second', 'third', 'time', 'moment', 'minute', 'hour', 'total']);

/** "called half of Trump's supporters “deplorables”", "called Friday's decision a “huge win”", "called her vote a mistake":
 * an object phrase of plain words (no verb, no clause break), then a quote or "a/an" and what it was called. */
function calledObject(toks: Tok[], j: number, lim: number): number {
  const t = toks[j];
  if (t === undefined || !t.word || PREPOSITIONS.has(t.low) || /^(?:a|an|to|on|off|up|out|back|in|for|it's)$/.test(t.low)) return -1;
  for (let k = j + 1; k < Math.min(lim, j + 12); k++) {
    const w = toks[k];
    if (w.mark === 'open') return j;
    if (w.q >= 0 || SENTENCE_PUNCT.has(w.text) || w.text === ',' || w.text === ':' || !w.word && !DASHES.has(w.text) && w.text !== '’' && w.text !== "'") return -1;
    if (w.low === 'a' || w.low === 'an') return k > j + 1 && calledName(toks, k + 1) ? j : -1;
    // "called the charges unfounded": an evaluative adjective after the object
    if (CALL_ADJECTIVES.has(w.low) && k > j + 1 && !toks[k - 1].cap) return j;
    if (FINITE.test(w.low) || AUXILIARIES.has(w.low) || w.low === 'that' || w.low === 'to' || w.low === 'who' || w.low === 'which') return -1;
  }
  return -1;
}
