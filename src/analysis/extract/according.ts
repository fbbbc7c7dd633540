// According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER.
import type { Tok } from './lex.js';
import type { Cue } from './cues.js';
import { parseNPForward } from './np.js';
import type { Draft } from './draft.js';
import { DASHES, FINITE, MIN_CLAUSE_WORDS, PREPOSITIONS, parentheticalStart, phraseNP, wordCount } from './grammar.js';
import { cutContent } from './content.js';

/** According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER. */
export function according(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (cue.frame !== 'according') return null;
  // the source phrase runs to the next comma or dash: "according to state corporate records", "… officials familiar with it"
  let e = cue.t1;
  while (e < lim && toks[e].text !== ',' && !DASHES.has(toks[e].text) && toks[e].text !== ';') e++;
  let speaker = parseNPForward(toks, cue.t1, lim, text);
  if (speaker === null || speaker.kind === 'pronoun') {
    if (!sourcePhrase(toks, cue.t1, e)) return null;
    speaker = phraseNP(toks, cue.t1, e, toks[cue.t1].low);
  }
  let pieces: Array<[number, number]>;
  let attrEnd = speaker.t1;
  const atStart = cue.t0 === s0 || (cue.t0 === s0 + 1 && !toks[s0].word);
  // "In addition, according to the department, nearly nine million …" / "Notably absent, according to members, was …"
  const inside = !atStart && e < lim && toks[e].text === ',' && toks[cue.t0 - 1]?.text === ',' && e + 1 < lim && toks[e + 1].word;
  if (atStart) {
    let a = speaker.t1;
    if (toks[a] !== undefined && DASHES.has(toks[a].text)) {
      // "According to the study — which used … — the retail industry is …"
      a++;
      while (a < lim && !DASHES.has(toks[a].text)) a++;
      a++;
    } else {
      while (a < lim && toks[a].text !== ',') a++;
      a++;
    }
    if (a >= lim) return null;
    attrEnd = a;
    pieces = [[a, cutContent(toks, a, lim, text)]];
  } else if (inside) {
    const b = cutContent(toks, e + 1, lim, text);
    if (wordCount(toks, e + 1, b) < MIN_CLAUSE_WORDS || !parentheticalStart(toks, s0, cue.t0 - 1) && wordCount(toks, s0, cue.t0 - 1) < MIN_CLAUSE_WORDS) return null;
    return { para, sent, pieces: [[s0, cue.t0 - 1], [e + 1, b]], speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [cue.t0, e + 1] };
  } else {
    let b = cue.t0;
    while (b > s0 && (toks[b - 1].text === ',' || DASHES.has(toks[b - 1].text))) b--;
    pieces = [[s0, b]];
  }
  const [a, b] = pieces[0];
  if (wordCount(toks, a, b) < MIN_CLAUSE_WORDS) return null;
  return { para, sent, pieces, speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [cue.t0, attrEnd] };
}

/** A plain source phrase after "according to": words only, no verb of its own before a relative word, not too long. */
function sourcePhrase(toks: Tok[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 16 || !toks[a].word || PREPOSITIONS.has(toks[a].low)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ':' || t.text === '(' ) return false;
    if (t.word && (t.low === 'who' || t.low === 'that' || t.low === 'which')) return k > a;
    if (t.word && FINITE.test(t.low)) return false;
  }
  return true;
}
