// A quote first, its attribution after: "Q," said Kallas.  /  "Q," Kallas said.  /  "Q" — Name, title.
import type { Tok } from './lex.js';
import type { Cue } from './cues.js';
import { parseNP, parseNPForward, type NP } from './np.js';
import { VERB_FORMS } from './lexicon.js';
import type { Draft } from './draft.js';
import { DASHES, FINITE, NOT_CLAUSE_START, PREPOSITIONS, SENTENCE_PUNCT, WH_WORDS, skipBack } from './grammar.js';
import { appositionSegment, pastParen, speakerBefore } from './speaker.js';

const CREDIT_DASHES: ReadonlySet<string> = new Set(['―', '—', '–']);

/** “Q” ― Name  /  "Q" — Name, title: a sentence that is a quote credited after a dash. */
export function dashCredit(toks: Tok[], s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  const open = toks[s0];
  if (open?.mark !== 'open') return null;
  let c = s0;
  while (c + 1 < lim && toks[c + 1].q === open.q) c++;
  const dash = toks[c + 1];
  if (toks[c].mark !== 'close' || dash === undefined || !CREDIT_DASHES.has(dash.text) || c + 2 >= lim) return null;
  const np = parseNPForward(toks, c + 2, lim, text);
  if (np === null || np.kind === 'pronoun' || np.kind === 'place') return null;
  if (np.t1 < lim && !(toks[np.t1].text === ',' && appositionSegment(toks, np.t1 + 1, lim))) return null;
  const cue: Cue = {
    t0: c + 1, t1: c + 2, s: dash.s, e: dash.e, lemma: dash.text, frame: 'clause', weak: false, belief: false, bare: false, participle: false, inf: false, evidence: false, question: false, topic: false, speech: false, prep: [], prepOnly: false, control: false,
  };
  return { para, sent, pieces: [[s0, c + 1]], speaker: np, speakerSource: 'phrase', apposition: null, cue, attribution: [c + 1, lim] };
}

/** After "Q," said: a short description with numbers or lower-case words, then a name closing the sentence or clause
 * ("9/11 widow Terry Strada", "longtime aide Ann Ray"). */
function describedAfterQuote(toks: Tok[], i: number, lim: number, text: string): NP | null {
  for (let k = i + 1; k < Math.min(lim, i + 6); k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ',' || SENTENCE_PUNCT.has(t.text) || t.word && (FINITE.test(t.low) || VERB_FORMS.has(t.low) || PREPOSITIONS.has(t.low))) return null;
    if (!t.cap) continue;
    const np = parseNP(toks, k, lim, text);
    if (np === null || np.kind !== 'name' || np.t1 < lim && toks[np.t1].text !== ',' && toks[np.t1].text !== '(') return null;
    return { ...np, t0: i, s: toks[i].s };
  }
  return null;
}

/** Quote token range ending with the close mark at `close` (inclusive). */
function quoteStart(toks: Tok[], close: number): number {
  const q = toks[close].q;
  let a = close;
  while (a > 0 && toks[a - 1].q === q) a--;
  return a;
}

/** The close mark just before token `i`, skipping a comma or dash between. */
function closeMarkBefore(toks: Tok[], i: number, min: number): number {
  let k = i - 1;
  while (k >= min && (toks[k].text === ',' || DASHES.has(toks[k].text))) k--;
  return k >= min && toks[k].mark === 'close' ? k : -1;
}

/** "Q," SPEAKER VERB / "Q," VERB SPEAKER / "Q," SPEAKER, APPOSITION, VERB. Content = the sentence up to the quote. */
export function afterQuote(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (cue.frame === 'according' || cue.frame === 'eval' || cue.frame === 'intent' || cue.prepOnly) return null;
  let speaker: NP | null = null;
  let apposition: NP | null = null;
  let close = closeMarkBefore(toks, cue.t0, s0);
  let attrStart = cue.t0;
  let attrEnd = cue.t1;
  if (close >= 0) {
    // "Q," said Kallas.  /  "Q," said 9/11 widow Terry Strada.
    speaker = parseNPForward(toks, cue.t1, lim, text) ?? describedAfterQuote(toks, cue.t1, lim, text);
    if (speaker === null || speaker.kind === 'pronoun' && speaker.pronoun === 'relative') return null;
    attrEnd = pastParen(toks, speaker.t1, lim);
  } else {
    const end = skipBack(toks, cue.t0, s0);
    const sp = speakerBefore(toks, end, s0, text);
    if (sp === null) return null;
    let start = sp.start;
    close = closeMarkBefore(toks, start, s0);
    // "Q," panel Chairman Jason Chaffetz said: a lower-case description before the titled name — not a relative word
    // ('a "tough meeting" where some senior Tories argued …': the quote is a phrase of the sentence, not what they said)
    for (let k = start - 1; close < 0 && sp.np.kind === 'name' && k >= start - 2 && k > s0 && toks[k].word && !toks[k].cap && !FINITE.test(toks[k].low) && !VERB_FORMS.has(toks[k].low) && !NOT_CLAUSE_START.has(toks[k].low) && !WH_WORDS.has(toks[k].low) && !/(?:s|ed|ing)$/.test(toks[k].low); k--) {
      close = closeMarkBefore(toks, k, s0);
      if (close >= 0) start = k;
    }
    if (close < 0) return null;
    speaker = sp.np;
    apposition = sp.apposition;
    attrStart = start;
  }
  // "Q1." He said: "Q2." — the colon introduces a quote of its own
  if (toks[attrEnd]?.text === ':') return null;
  const qa = quoteStart(toks, close);
  let a = s0;
  // the quote starts the sentence, or text before it is part of what was said
  if (qa < s0) a = qa;
  const pieces: Array<[number, number]> = [[a, close + 1]];
  // "Q1," she said, "Q2."  — the quote resumes in the same sentence
  // — also past a participle phrase or a conjunction: "Q1," he said, referring to the tax cut, "Q2." / he said, but "Q2"
  let j = attrEnd;
  let resume = -1;
  while (j < lim && !toks[j].mark && !SENTENCE_PUNCT.has(toks[j].text) && j < attrEnd + 14) {
    const n = toks[j + 1];
    if (n?.mark === 'open' && (toks[j].text === ',' || ((toks[j].low === 'but' || toks[j].low === 'and') && toks[j - 1]?.text === ','))) {
      resume = j;
      break;
    }
    if (toks[j].text === ',' && j > attrEnd + 1 && !(toks[attrEnd]?.text === ',' && toks[attrEnd + 1]?.low.endsWith('ing'))) break;
    j++;
  }
  if (resume >= 0) {
    j = resume;
    let k = j + 1;
    const q = toks[k].q;
    while (k < toks.length && toks[k].q === q) k++;
    pieces.push([j + 1, k]);
    attrEnd = j + 1;
  }
  return { para, sent, pieces, speaker, speakerSource: 'phrase', apposition, cue, attribution: [attrStart, attrEnd] };
}
