// Blocking keys: a document is compared only with documents sharing one of its keys, found through
// an inverted index, so grouping never scans all documents. Keys are the salient cast, finer places,
// event nouns and heaviest terms; a true match shares several of them, so missing one costs nothing.
import { topKeys } from './vectors.js';
import type { CorpusStats, EventFeatures, Weights } from './types.js';

const PARTICIPANT_KEYS = 4;
const PLACE_KEYS = 3;
const NOUN_KEYS = 2;
const TERM_KEYS = 8;

function keysOf(participants: Weights, places: Weights, nouns: Weights, terms: Weights): string[] {
  return [
    ...topKeys(participants, PARTICIPANT_KEYS).map((k) => `p:${k}`),
    ...topKeys(places, PLACE_KEYS).map((k) => `l:${k.toLowerCase()}`),
    ...topKeys(nouns, NOUN_KEYS).map((k) => `n:${k}`),
    ...topKeys(terms, TERM_KEYS).map((k) => `t:${k}`),
  ];
}

export function eventKeys(f: EventFeatures): string[] {
  return keysOf(f.participants, f.places, f.nouns, f.terms);
}

/**
 * Keys on more than this share of the stored documents (and more than the floor) are not looked
 * up: their postings grow with the store, and a match on them alone is never the best one.
 */
const COMMON_KEY_SHARE = 0.05;
const COMMON_KEY_FLOOR = 100;
/** The rarest keys are always looked up, so a document of common words still meets its event. */
const MIN_LOOKUP_KEYS = 3;

/** The keys worth reading postings for, rarest first: all but the very common ones. */
export function lookupKeys(keys: string[], stats: CorpusStats): string[] {
  const cap = Math.max(COMMON_KEY_FLOOR, COMMON_KEY_SHARE * stats.documents);
  const byRarity = [...new Set(keys)].sort((a, b) => stats.df(a) - stats.df(b) || (a < b ? -1 : 1));
  return byRarity.filter((k, i) => i < MIN_LOOKUP_KEYS || stats.df(k) <= cap);
}
