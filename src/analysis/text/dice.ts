// The only module that calls string-similarity (deprecated on npm): swap it for
// natural's DiceCoefficient here if it ever has to go.
import { compareTwoStrings } from 'string-similarity';

/** Dice coefficient over character bigrams, in [0, 1]. */
export function dice(a: string, b: string): number {
  return compareTwoStrings(a, b);
}
