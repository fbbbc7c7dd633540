// Tokens with offsets for one paragraph, punctuation kept (the attribution patterns need commas,
// colons and quote marks), and possessives marked rather than split so spans stay exact.
import { JOINED_NAMES } from './lexicon.js';

export interface Tok {
  s: number;
  e: number;
  text: string;
  /** Lower case without a possessive ending: "trump’s" → "trump". */
  low: string;
  /** Starts with an upper-case letter, or is the number opening a known name ("50 Cent"). */
  cap: boolean;
  word: boolean;
  /** Ends in ’s / 's, or is a plural ending in s followed by a lone apostrophe. */
  poss: boolean;
  /** Index of the top-level quote this token lies in (its marks included), or -1. */
  q: number;
  /** 'open' / 'close' for the marks of a top-level quote. */
  mark: 'open' | 'close' | null;
}

// Dotted acronyms (U.S.), names glued by "&" (AT&T, M&S), words with inner apostrophes/hyphens, numbers, ellipses, dashes,
// any other symbol.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}\p{N}]*(?:&\p{Lu}[\p{L}\p{M}\p{N}]*)+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‑][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|\.{2,}|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/i;
const UPPER = /^\p{Lu}/u;
const CONTRACTED: ReadonlySet<string> = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'where', 'here']);
// UTF-8 read as Latin-1: "£" becomes "Â£", "é" becomes "Ã©". The lead letter glued to a Latin-1 symbol is no word
// (it would be a one-letter capitalised "name"); the text itself is left as is, so offsets stay those of the document.
const MIS_DECODED = /^[ÂÃ]$/;

function latin1Tail(code: number): boolean {
  return code >= 0x80 && code <= 0xbf;
}

export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const s = start + m.index;
    const misDecoded = MIS_DECODED.test(raw) && latin1Tail(slice.charCodeAt(m.index + 1));
    const word = !misDecoded && (/^[\p{L}\p{M}]/u.test(raw) || (raw.length > 1 && /^\p{N}/u.test(raw)));
    let low = raw.toLowerCase().replace(/’/g, "'");
    let poss = false;
    if (word && POSSESSIVE.test(raw) && raw.length > 2) {
      low = low.slice(0, -2);
      // "he’s", "it’s": a pronoun with "is"/"has", never a possessive
      poss = !CONTRACTED.has(low);
    }
    out.push({ s, e: s + raw.length, text: raw, low, cap: word && UPPER.test(raw), word, poss, q: -1, mark: null });
  }
  // "Kallas’ remarks": a lone apostrophe right after a word ending in s is a possessive, not a quote.
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    const p = out[i - 1];
    if ((t.text === '’' || t.text === "'") && p.word && p.e === t.s && p.low.endsWith('s')) {
      const n = out[i + 1];
      if (n === undefined || n.s > t.e) p.poss = true;
    }
  }
  markNumberNames(out);
  return out;
}

/** "50 Cent": a number opening a known name counts as a capitalised word, so the name is read whole. */
function markNumberNames(toks: Tok[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    if (t.word && !t.cap && n.cap && /^\p{N}/u.test(t.text) && JOINED_NAMES.has(`${t.low} ${n.low}`)) t.cap = true;
  }
}
