// Two renderings of one quote: a word-level diff (LCS over lower-case tokens). A run of
// matching words with small gaps is "the same utterance"; its gaps are the wording drift.
import type { Cue } from '../types.js';
import { insideQuote, type TextInfo } from './analyze.js';
import { side } from './cues.js';
import { isStopword, stem } from '../text/tokens.js';
import { CERTAIN, HEDGE } from './lexicon.js';

export interface WordingResult {
  /** Matched words in the longest near-identical stretch. */
  sharedRun: number;
  /** Share of that stretch's words that differ (0 = identical). */
  drift: number;
  /** Places where the two whole texts differ (0 = same words; 1 = one edit, e.g. one word swapped). */
  gaps: number;
  /** Longest run of consecutive words the two texts share verbatim. */
  longestRun: number;
  /** Share of the shorter text's words inside the near-identical stretch. */
  shorterCover: number;
  /** Words of the stretch, on both sides, that are not shared. */
  diffWords: number;
  /** The near-identical stretch: pairs of matched token indices (a, b). */
  stretch: Array<[number, number]>;
}

/** What a changed stretch carries: nothing, a change of the speaker's quoted words, or of unquoted (paraphrased) words only. */
type Change = 'none' | 'quoted' | 'paraphrase';

/** Words whose insertion or swap leaves what was said as it was. */
const DISCOURSE = new Set(['still', 'then', 'also', 'just', 'even', 'now', 'really', 'already', 'yet', 'so', 'very', 'own', 'another', 'but', 'and', 'though', 'however', 'indeed', 'actually', 'quite', 'said', 'says']);
/** Function words that change what was said. */
const WEIGHTY = new Set(['will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', 'shall', 'not', "n't", 'no', 'never', 'all', 'none', 'only']);

/**
 * Whether the words x[from..to) changed against y's gap y[yFrom..yTo) carry meaning. A word put
 * in with nothing in its place ("the top UK gadget", "she told the BBC the …") carries meaning
 * only when it commits or hedges ("immediately", "may", "not") or counts; a word swapped for
 * another does unless it is the same word spelt otherwise ("judgment" / "judgement", "pay" / "play");
 * 'paraphrase' when such a swap sits outside quotation marks on both sides.
 */
function meaningfulChange(x: TextInfo, from: number, to: number, y: TextInfo, yFrom: number, yTo: number): Change {
  const insertion = yTo <= yFrom;
  const across: string[] = [];
  for (let k = yFrom; k < yTo; k++) across.push(y.lowers[k]!);
  const acrossStems = new Set(across.map(stem));
  if (!insertion && sameWithoutHyphens(x.lowers, from, to, across)) return 'none';
  let change: Change = 'none';
  for (let k = from; k < to; k++) {
    const w = x.lowers[k]!;
    if (WEIGHTY.has(w) || CERTAIN.matchAt(x.lowers, k) || HEDGE.matchAt(x.lowers, k)) return 'quoted';
    if (/^\d/.test(w)) {
      // a number put in where the other says none ("changed his mind in June 2004"): the
      // reporter's detail unless the speaker's quoted words carry it
      if (!insertion || insideQuote(x.text, x.tokens[k]!.start)) return 'quoted';
      change = 'paraphrase';
      continue;
    }
    if (insertion) continue;
    if (!/\p{L}|\p{N}/u.test(w) || isStopword(w) || DISCOURSE.has(w) || acrossStems.has(stem(w)) || bracketed(x, k)) continue;
    if (across.some((v) => respelt(w, v))) continue;
    if (insideQuote(x.text, x.tokens[k]!.start) || insideQuote(y.text, y.tokens[yFrom]!.start)) return 'quoted';
    change = 'paraphrase';
  }
  return change;
}

/** "double-act" / "double act": one word spelt with and without its hyphen. */
function sameWithoutHyphens(words: string[], from: number, to: number, across: string[]): boolean {
  let hyphen = false;
  for (let k = from; k < to; k++) if (words[k]!.includes('-')) hyphen = true;
  for (const w of across) if (w.includes('-')) hyphen = true;
  return hyphen && words.slice(from, to).join('').replace(/-/g, '') === across.join('').replace(/-/g, '');
}

/** One letter added, dropped or changed in a word of three letters or more: a spelling or a typo. */
function respelt(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ea = a.length - 1;
  let eb = b.length - 1;
  while (ea >= i && eb >= i && a[ea] === b[eb]) {
    ea--;
    eb--;
  }
  return ea - i < 1 && eb - i < 1;
}

/** An editor's insertion: "the existing (UN) Security Council resolutions", "[ID cards]". */
function bracketed(x: TextInfo, k: number): boolean {
  const before = x.text.slice(0, x.tokens[k]!.start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('['));
  return open >= 0 && open > Math.max(before.lastIndexOf(')'), before.lastIndexOf(']'));
}

const MAX_CELLS = 250_000;
const MAX_GAP = 3;

// one DP table reused across calls (scoring is synchronous)
let table = new Uint16Array(1024);

function lcsPairs(x: string[], y: string[]): Array<[number, number]> {
  const n = x.length;
  const m = y.length;
  const size = (n + 1) * (m + 1);
  if (table.length < size) table = new Uint16Array(Math.max(size, table.length * 2));
  const dp = table;
  for (let k = n * (m + 1); k < size; k++) dp[k] = 0;
  for (let i = 0; i < n; i++) dp[i * (m + 1) + m] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = x[i] === y[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) out.push([i++, j++]);
    else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return out;
}

const HYPHEN = /[-\u2010\u2011]/g;
const spellingCache = new WeakMap<TextInfo, string[]>();

/** The lower-case words with hyphens dropped, once per analysed text (it meets many others). */
function spellings(x: TextInfo): string[] {
  let out = spellingCache.get(x);
  if (!out) {
    out = x.lowers.some((w) => w.includes('-') || w.includes('\u2010') || w.includes('\u2011')) ? x.lowers.map((w) => w.replace(HYPHEN, '')) : x.lowers;
    spellingCache.set(x, out);
  }
  return out;
}

export function wording(a: TextInfo, b: TextInfo): WordingResult {
  const none: WordingResult = { sharedRun: 0, drift: 0, gaps: 99, longestRun: 0, shorterCover: 0, diffWords: 0, stretch: [] };
  if (!a.tokens.length || !b.tokens.length || a.tokens.length * b.tokens.length > MAX_CELLS) return none;
  // "try-scorers" and "tryscorers" are one word spelt two ways, not a changed quote
  const pairs = lcsPairs(spellings(a), spellings(b));
  if (!pairs.length) return none;
  let gaps = pairs[0]![0] > 0 || pairs[0]![1] > 0 ? 1 : 0;
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k]![0] !== pairs[k - 1]![0] + 1 || pairs[k]![1] !== pairs[k - 1]![1] + 1) gaps++;
  }
  if (pairs.at(-1)![0] < a.lowers.length - 1 || pairs.at(-1)![1] < b.lowers.length - 1) gaps++;
  let longestRun = 1;
  let run = 1;
  for (let k = 1; k < pairs.length; k++) {
    run = pairs[k]![0] === pairs[k - 1]![0] + 1 && pairs[k]![1] === pairs[k - 1]![1] + 1 ? run + 1 : 1;
    if (run > longestRun) longestRun = run;
  }
  // split the matches into stretches where neither side skips more than MAX_GAP words
  let best: Array<[number, number]> = [];
  let cur: Array<[number, number]> = [pairs[0]!];
  for (let k = 1; k < pairs.length; k++) {
    const [pi, pj] = pairs[k - 1]!;
    const [i, j] = pairs[k]!;
    if (i - pi - 1 <= MAX_GAP && j - pj - 1 <= MAX_GAP) cur.push(pairs[k]!);
    else {
      if (cur.length > best.length) best = cur;
      cur = [pairs[k]!];
    }
  }
  if (cur.length > best.length) best = cur;
  const spanA = best.at(-1)![0] - best[0]![0] + 1;
  const spanB = best.at(-1)![1] - best[0]![1] + 1;
  const drift = 1 - (2 * best.length) / (spanA + spanB);
  const shorterCover = best.length / Math.min(a.lowers.length, b.lowers.length);
  return { sharedRun: best.length, drift, gaps, longestRun, shorterCover, diffWords: spanA + spanB - 2 * best.length, stretch: best };
}

export interface WordingDifferences {
  /**
   * Some changed word carries meaning: a content word that is no inflection of one across the
   * gap, a modal or a negation. Not: "is" / "was", "another" / "a", an inserted "still", "(UN)".
   */
  meaningful: boolean;
  /**
   * The same, with a swapped word counting only where one side quotes it: between two
   * statements known to be reported speech, unquoted words are the reporters' paraphrases.
   */
  meaningfulQuoted: boolean;
  cues: Cue[];
}

const differencesOf = new WeakMap<WordingResult, WordingDifferences>();

/**
 * The gaps of the near-identical stretch: a cue each, and whether any carries meaning. Asked only
 * of quote-variant candidates (one speaker), so worked out on demand, once.
 */
export function differences(a: TextInfo, b: TextInfo, w: WordingResult): WordingDifferences {
  let d = differencesOf.get(w);
  if (!d) differencesOf.set(w, (d = differencesIn(a, b, w.stretch)));
  return d;
}

function differencesIn(a: TextInfo, b: TextInfo, best: Array<[number, number]>): WordingDifferences {
  const cues: Cue[] = [];
  let meaningful = false;
  let meaningfulQuoted = false;
  for (let k = 1; k < best.length; k++) {
    const [pi, pj] = best[k - 1]!;
    const [i, j] = best[k]!;
    if (i === pi + 1 && j === pj + 1) continue;
    if (!meaningfulQuoted) {
      const ca = meaningfulChange(a, pi + 1, i, b, pj + 1, j);
      const cb = ca === 'quoted' ? ca : meaningfulChange(b, pj + 1, j, a, pi + 1, i);
      meaningfulQuoted = ca === 'quoted' || cb === 'quoted';
      meaningful ||= meaningfulQuoted || ca === 'paraphrase' || cb === 'paraphrase';
    }
    const sa = i > pi + 1 ? side(a.text, a.tokens[pi + 1]!.start, a.tokens[i - 1]!.end) : null;
    const sb = j > pj + 1 ? side(b.text, b.tokens[pj + 1]!.start, b.tokens[j - 1]!.end) : null;
    cues.push({ type: 'wording', note: `quoted as "${sa?.text ?? ''}" and as "${sb?.text ?? ''}"`, a: sa, b: sb });
  }
  return { meaningful, meaningfulQuoted, cues };
}
