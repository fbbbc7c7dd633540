// Polls, studies and reports as sources: "A 2014 study … found that", "About 9 percent said", "In the latest poll, …".
import type { Tok } from './lex.js';
import { cueAt, type Cue } from './cues.js';
import type { NP } from './np.js';
import { AUXILIARIES, DOCUMENT_HEADS, FINDING_HEADS } from './lexicon.js';
import { PUT_IT, type Draft } from './draft.js';
import { DASHES, FINITE, MIN_CLAUSE_WORDS, QUANTIFIERS, SENTENCE_PUNCT, SUBJECT_SKIP, SUBORDINATORS, clauseStarts, phraseNP, wordCount } from './grammar.js';
import { cutContent } from './content.js';

const SUBJECT_BREAKS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'after', 'before', 'because', 'but', 'so', 'then', 'than']);

const NUMBER_WORDS = /^(?:\p{N}[\p{N}.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/u;

/** The clause's subject phrase ending at `end`: from the sentence start or the last comma, over words only. */
function subjectSpan(toks: Tok[], s0: number, end: number, max: number): number {
  let a = end;
  while (a > s0 && end - a < max) {
    const t = toks[a - 1];
    if (t.text === ',' || t.text === ':' || t.text === ';' || DASHES.has(t.text) || t.mark !== null || t.word && SUBJECT_BREAKS.has(t.low)) break;
    if (t.q >= 0) return -1;
    a--;
  }
  if (a > s0 && end - a >= max) return -1;
  while (a < end && toks[a].word && SUBJECT_SKIP.has(toks[a].low)) a++;
  return a < end ? a : -1;
}

/** "A 2014 study that appeared in the BMJ", "a USA TODAY analysis of campaign reports", "Exit polls taken in May". */
export function documentSubject(toks: Tok[], s0: number, end: number, text: string): NP | null {
  void text;
  const a = subjectSpan(toks, s0, end, 24);
  if (a < 0) return null;
  for (let k = a; k < Math.min(end, a + 8); k++) {
    const t = toks[k];
    if (t.word && !t.poss && DOCUMENT_HEADS.has(t.low) && !(k === end - 1 && k === a)) return phraseNP(toks, a, end, toks[a].low);
    if (t.word && (FINITE.test(t.low) || t.low === 'that' || t.low === 'which')) return null;
  }
  return null;
}

/** "About 9 percent", "Nearly eight in 10 Democratic voters", "73 percent of those polled". */
export function quantitySubject(toks: Tok[], s0: number, end: number): NP | null {
  const a = subjectSpan(toks, s0, end, 12);
  if (a < 0) return null;
  let k = a;
  while (k < end && toks[k].word && QUANTIFIERS.has(toks[k].low)) k++;
  if (k >= end || !NUMBER_WORDS.test(toks[k].low)) return null;
  const unit = toks[k + 1];
  let m: number;
  if (unit?.low === 'percent' || unit?.text === '%') m = k + 2;
  else if (unit?.low === 'in' && /^(?:10|ten|five|5|four|4|three|3)$/.test(toks[k + 2]?.low ?? '')) m = k + 3;
  else return null;
  for (let i = m; i < end; i++) if (toks[i].word && (FINITE.test(toks[i].low) || AUXILIARIES.has(toks[i].low) || toks[i].low === 'who' || toks[i].low === 'that')) return null;
  return phraseNP(toks, a, end, null);
}

/** "the ad", "a new report": an anonymous phrase whose head is a document. */
export function documentPhrase(np: NP): boolean {
  return np.kind === 'anon' && np.role !== null && DOCUMENT_HEADS.has(np.role.split(' ').pop() ?? '');
}

/** In FINDING, CONTENT: "In the latest Post-ABC poll, conducted last week, Smith led by five points". The source is the poll
 * as written; a statement or an interview ("In a statement, the mayor said …") is a medium, not a source. */
export function inFinding(toks: Tok[], i: number, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (i > s0 && !(toks[s0].word && SUBJECT_SKIP.has(toks[s0].low))) return null;
  let comma = -1;
  let head = -1;
  for (let k = i + 1; k < Math.min(lim, i + 16); k++) {
    const t = toks[k];
    if (t.text === ',') {
      comma = k;
      break;
    }
    // "In the wake of the report,": the report is not the phrase's head
    if (t.q >= 0 || SENTENCE_PUNCT.has(t.text) && !(t.text === '.' && toks[k - 1].e === t.s) || t.word && (FINITE.test(t.low) || /^(?:that|which|who|of|to|with|after|response)$/.test(t.low))) return null;
    if (t.word && !t.poss && FINDING_HEADS.has(t.low)) head = k;
  }
  if (comma < 0 || head < 0 || head !== comma - 1) return null;
  // ", conducted in early September,": a participle phrase after the source
  let a = comma + 1;
  if (/^[a-z]{3,}ed$/.test(toks[a]?.text ?? '')) {
    let k = a + 1;
    while (k < Math.min(lim, a + 12) && toks[k].text !== ',' && toks[k].word) k++;
    if (toks[k]?.text !== ',') return null;
    a = k + 1;
  }
  const b = cutContent(toks, a, lim, text);
  if (wordCount(toks, a, b) < MIN_CLAUSE_WORDS || !clauseStarts(toks[a])) return null;
  // the main clause reports someone's words itself: leave it to that cue
  for (let k = a; k < Math.min(b, a + 10); k++) if (cueAt(toks, k, b)?.frame === 'clause') return null;
  const speaker = phraseNP(toks, i + 1, comma, toks[i + 1].low);
  const cue: Cue = { ...PUT_IT, lemma: 'in', t0: i, t1: i + 1, s: toks[i].s, e: toks[i].e };
  return { para, sent, pieces: [[a, b]], speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [i, a] };
}
