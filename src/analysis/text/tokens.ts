import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

/** A word of some text with its position: text.slice(start, end) === raw. */
export interface Token {
  raw: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
}

// Letters (any script), digits, and inner apostrophes/hyphens/dots in numbers: "don't", "30-day", "1.5".
const WORD = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;

const stemCache = new Map<string, string>();

export function stem(lowerWord: string): string {
  let s = stemCache.get(lowerWord);
  if (s === undefined) {
    s = PorterStemmer.stem(lowerWord.replace(/’/g, "'"));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lowerWord, s);
  }
  return s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const lower = raw.toLowerCase();
    out.push({ raw, lower, stem: stem(lower), start, end: start + raw.length });
  }
  return out;
}

export const STOPWORDS: ReadonlySet<string> = new Set(naturalStopwords);

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower.replace(/’/g, "'"));
}

/** Stems of the content words of a text (stopwords and one-letter tokens dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.lower.length > 1 && !isStopword(t.lower)) out.push(t.stem);
  }
  return out;
}
