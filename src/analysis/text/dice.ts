// The only module that calls string-similarity (deprecated on npm): swap it for
// natural's DiceCoefficient here if it ever has to go.
import { compareTwoStrings } from 'string-similarity';

/** Dice coefficient over character bigrams, in [0, 1]. */
export function dice(a: string, b: string): number {
  return compareTwoStrings(a, b);
}

/**
 * A string's character bigrams as compareTwoStrings counts them (whitespace removed, UTF-16
 * units), sorted: a text compared with many others is read once, and each comparison is a merge.
 */
export interface Bigrams {
  squeezed: string;
  codes: Uint32Array;
}

export function bigrams(s: string): Bigrams {
  const squeezed = s.replace(/\s+/g, '');
  const codes = new Uint32Array(Math.max(0, squeezed.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = squeezed.charCodeAt(i) * 65536 + squeezed.charCodeAt(i + 1);
  codes.sort();
  return { squeezed, codes };
}

/** dice() of the two strings the bigrams were taken from, to the last bit. */
export function diceOfBigrams(x: Bigrams, y: Bigrams): number {
  if (x.squeezed === y.squeezed) return 1;
  if (x.squeezed.length < 2 || y.squeezed.length < 2) return 0;
  const a = x.codes;
  const b = y.codes;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (b[j]! < a[i]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return (2.0 * shared) / (x.squeezed.length + y.squeezed.length - 2);
}
