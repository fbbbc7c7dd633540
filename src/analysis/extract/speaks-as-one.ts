// Grammatical number of a speaker and of a quote: a quote that speaks as "I" is one person's words, so a group
// ("Doctors in Athens", "Analysts", "they", "Airbus and Boeing") cannot be its speaker.
import type { Tok } from './lex.js';
import type { NP } from './np.js';
import { DOCUMENT_HEADS } from './lexicon.js';

const FIRST_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll']);

/** A speaker phrase naming several: a plural pronoun, an unnamed plural ("Doctors in Athens", "some analysts"), or a
 * coordinated subject. A plural document ("the figures") and a name are not. */
export function groupSpeaker(np: NP | null): boolean {
  if (np === null) return false;
  if (np.members !== undefined) return true;
  if (np.kind === 'pronoun') return np.pronoun === 'plural';
  if (np.kind !== 'anon') return false;
  const head = np.role?.split(' ').pop() ?? '';
  return head.endsWith('s') && !head.endsWith('ss') && !DOCUMENT_HEADS.has(head);
}

/** Quoted words in tokens [a, b) that speak as one person ("I", "my", "I'm"). */
export function speaksAsOne(toks: Tok[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (toks[i].word && toks[i].q >= 0 && FIRST_SINGULAR.has(toks[i].low)) return true;
  return false;
}
