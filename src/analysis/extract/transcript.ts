// Interview and debate transcripts: lines "PENCE: Well, look, …" / "MODERATOR: …". A line is a
// statement by its label only when the document has at least two such lines, the label is a known
// speaker (a name the document uses elsewhere in running text, or a transcript role such as
// "MODERATOR"; once such labels in capitals establish the transcript, its other labels in capitals
// count too), and what follows the colon is speech (words with lower case, not a title-case
// headline such as "Poll: Clinton Leads"). Marked paragraphs are not parsed again for statements.
import type { Paragraph } from './segment.js';
import { isHeadline } from './segment.js';
import type { Draft } from './draft.js';
import type { Cue } from './cues.js';
import type { NP } from './np.js';
import { TRANSCRIPT_ROLES } from './lexicon.js';

const MAX_LABEL_WORDS = 3;
const MIN_SPEECH_WORDS = 3;
const UPPER_WORD = /^\p{Lu}[\p{Lu}.'’\-]*$/u;
const TITLE_WORD = /^\p{Lu}[\p{Ll}'’\-]+$/u;

interface Line {
  p: Paragraph;
  /** Label tokens [a, b) and the colon at b. */
  a: number;
  b: number;
  label: string;
  role: boolean;
  /** The label names a speaker the document knows, or a transcript role; else an upper-case label in a known transcript. */
  known: boolean;
  upper: boolean;
}

export function transcriptDrafts(paras: Paragraph[], text: string): Draft[] {
  const lines: Line[] = [];
  for (const p of paras) {
    if (p.kind !== 'text') continue;
    const line = labelled(p, text);
    if (line !== null) lines.push(line);
  }
  if (lines.length < 2 || !lines.some((l) => l.known)) return [];
  // once known labels in capitals establish the transcript, its other labels in capitals are speakers too ("WALLACE:")
  const upperKnown = lines.some((l) => l.known && l.upper);
  const out: Draft[] = [];
  for (const l of lines) {
    if (!l.known && !(l.upper && upperKnown)) continue;
    const { p, a, b } = l;
    const colon = p.toks[b];
    const np: NP = {
      t0: a, t1: b, s: p.toks[a].s, e: p.toks[b - 1].e, kind: l.role ? 'anon' : 'name', name: l.role ? null : l.label, nameT0: a, pronoun: null,
      places: [], role: l.role ? l.label.toLowerCase() : null, det: null, gender: null, org: false,
    };
    const cue: Cue = {
      t0: b, t1: b + 1, s: colon.s, e: colon.e, lemma: ':', frame: 'clause', weak: false, belief: false, bare: false, participle: false, inf: false, evidence: false, question: false, topic: false, speech: false, prep: [], prepOnly: false, control: false,
    };
    let end = p.toks.length;
    while (end > b + 1 && !p.toks[end - 1].word && p.toks[end - 1].mark === null && p.toks[end - 1].text !== '”' && p.toks[end - 1].text !== '"') end--;
    p.kind = 'transcript';
    out.push({ para: p.index, sent: 0, pieces: [[b + 1, end]], speaker: np, speakerSource: 'phrase', apposition: null, cue, attribution: [a, b + 1] });
  }
  return out;
}

/** The label of a "NAME: speech" line (after an optional stray opening quote mark), or null. */
function labelled(p: Paragraph, text: string): Line | null {
  const toks = p.toks;
  let a = 0;
  if (toks[0] !== undefined && !toks[0].word && /^[“"”]$/.test(toks[0].text)) a = 1;
  let b = a;
  while (b < toks.length && b - a < MAX_LABEL_WORDS && toks[b].word && (UPPER_WORD.test(toks[b].text) || TITLE_WORD.test(toks[b].text))) b++;
  if (b === a || toks[b]?.text !== ':') return null;
  const words = toks.slice(a, b).map((t) => t.text);
  const upper = words.every((w) => UPPER_WORD.test(w) && w.length >= 2 || w.length === 1);
  const title = words.every((w) => TITLE_WORD.test(w));
  if (!upper && !title) return null;
  // speech: enough words, some in lower case, not a title-case headline
  let n = 0;
  let lower = 0;
  for (let i = b + 1; i < toks.length; i++) {
    if (!toks[i].word) continue;
    n++;
    if (!toks[i].cap) lower++;
  }
  if (n < MIN_SPEECH_WORDS || lower === 0 || isHeadline(toks, b + 1, toks.length)) return null;
  const lowLabel = words.join(' ').toLowerCase();
  if (TRANSCRIPT_ROLES.has(lowLabel)) return { p, a, b, label: words.join(' '), role: true, known: true, upper };
  // a name the document uses in running text ("Mike Pence … PENCE:")
  const label = words.map((w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  const at = p.toks[a].s;
  const re = new RegExp(`\\b${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index === at) continue;
    const prev = text[m.index - 1] ?? ' ';
    // not another label: "Pence:" at a line start
    if (text[m.index + label.length] === ':' && (prev === '\n' || prev === '"' || prev === '“')) continue;
    return { p, a, b, label, role: false, known: true, upper };
  }
  return upper ? { p, a, b, label: words.join(' '), role: false, known: false, upper } : null;
}
