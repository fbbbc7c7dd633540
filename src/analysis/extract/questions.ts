// Indirect questions and requests: "asked whether …", "asked Trump how …", "asked voters to …".
import type { Tok } from './lex.js';
import type { Cue } from './cues.js';
import { parseNPForward } from './np.js';
import { AUXILIARIES } from './lexicon.js';
import { DETERMINER_LIKE, FINITE, OBJECT_PRONOUNS, PREPOSITIONS, WH_WORDS, infinitive, skipTime } from './grammar.js';

/** An indirect question or request after an optional object: "asked whether …", "asked Trump how …", "told the host what …",
 * "asked voters to …" (a request, "ask" only). */
export function questionContent(toks: Tok[], cue: Cue, j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim || !t.word) return -1;
  if (WH_WORDS.has(t.low)) return j;
  // "asked the candidates to discuss …", "asked the crowd to welcome …"
  if (cue.lemma === 'ask' && objectThenInfinitive(toks, j, lim)) return j;
  let k = -1;
  if (OBJECT_PRONOUNS.has(t.low)) k = j + 1;
  else {
    const np = parseNPForward(toks, j, lim, text);
    if (np !== null && np.kind !== 'pronoun') k = np.t1;
  }
  if (k < 0) return -1;
  k = skipTime(toks, k, lim);
  const n = toks[k];
  if (n === undefined || k >= lim || !n.word) return -1;
  if (WH_WORDS.has(n.low)) return k;
  return cue.lemma === 'ask' && infinitive(toks, k, lim) >= 0 ? j : -1;
}

/** A short plain object (a determiner, a name or an object pronoun first; no verb, no punctuation), then "to" and a verb. */
function objectThenInfinitive(toks: Tok[], j: number, lim: number): boolean {
  const t = toks[j];
  if (t === undefined || !t.word || !(t.cap || DETERMINER_LIKE.has(t.low) && !PREPOSITIONS.has(t.low) || OBJECT_PRONOUNS.has(t.low) && t.low !== 'it')) return false;
  for (let m = j + 1; m < Math.min(lim, j + 7); m++) {
    const w = toks[m];
    if (!w.word && w.text !== '.' || w.q >= 0 || FINITE.test(w.low) || AUXILIARIES.has(w.low) || w.low === 'that' || w.low === 'who') return false;
    if (w.low === 'to') return infinitive(toks, m, lim) >= 0;
  }
  return false;
}
