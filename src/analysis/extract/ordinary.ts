// A capitalised word opening a sentence may be an ordinary word, not a name: "Recently announced changes …", "Realising
// his error, …", "Ex-chat show host …", "Studies have shown …", "Gamers who want to play …". Read as a name, it became an
// actor and took the he/she of the next quote.
import type { Tok } from './lex.js';
import { ADVERBS, FEMALE_NAMES, MALE_NAMES } from './lexicon.js';

// adverb endings no common name has ("Kelly", "Daly", "Connolly" end otherwise)
const ADVERB_ENDING = /(?:al|ent|ant|ate|ous|ive|ful|less|ing|ed|ib|ab|ar|ic|ish)ly$/;
// words that follow an opening participle ("Realising his error", "Pointing to …"), not a surname ("Manning said", "Fleming of …")
const AFTER_PARTICIPLE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'out', 'up', 'down', 'off']);
// "Three-quarters said …": a share, read as before
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)[-‑]/;
const SENTENCE_OPENERS = /^[.?!:;“"‘—–-]$/;

/** How the one capitalised word at `i` reads when it opens a sentence: 'word' (no phrase at all), 'plural' (a plural common
 * noun: a group, as "Analysts" is), or null (a name). */
export function ordinaryOpening(toks: Tok[], i: number, text: string): 'word' | 'plural' | null {
  const t = toks[i];
  const prev = toks[i - 1];
  if (!t.cap || t.poss || !(prev === undefined || prev.mark === 'open' || SENTENCE_OPENERS.test(prev.text))) return null;
  const low = t.low;
  if (FEMALE_NAMES.has(low) || MALE_NAMES.has(low)) return null;
  // "Ex-chat show host", "Chart-topper": a hyphenated word whose second part is lower case
  if (/^\p{Lu}\p{Ll}*[-‑]\p{Ll}/u.test(t.text) && !NUMBER_WORD.test(low)) return 'word';
  if (ADVERBS.has(low) || ADVERB_ENDING.test(low)) return 'word';
  const next = toks[i + 1];
  if (next === undefined || !next.word || next.cap) return null;
  if (openingParticiple(toks, i)) return 'word';
  if (low.length > 4 && low.endsWith('s') && !low.endsWith('ss') && lowerElsewhere(text, low) && !namedElsewhere(text, t.text)) return 'plural';
  return null;
}

/** "Realising his error, …", "Pointing to national insurance, …": a capitalised participle opening a clause. */
export function openingParticiple(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return t.cap && t.low.length > 5 && t.low.endsWith('ing') && next !== undefined && next.word && !next.cap && AFTER_PARTICIPLE.has(next.low);
}

const LETTER = /[\p{L}\p{N}'’-]/u;

/** The word occurs in lower case in the document ("who studies …", "bandwidth-hungry gamers"). */
function lowerElsewhere(text: string, low: string): boolean {
  for (let k = text.indexOf(low); k >= 0; k = text.indexOf(low, k + 1)) {
    if (!LETTER.test(text[k - 1] ?? ' ') && !LETTER.test(text[k + low.length] ?? ' ')) return true;
  }
  return false;
}

/** The word is the last of a longer name somewhere in the document ("Tony Banks"): then it is that name. */
function namedElsewhere(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (LETTER.test(text[k + word.length] ?? ' ')) continue;
    if (/\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, k - 40), k))) return true;
  }
  return false;
}
