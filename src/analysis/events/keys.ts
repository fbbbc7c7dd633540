// Blocking keys: a document is compared only with events sharing one of its keys, found through an
// inverted index, so ingest never scans all events. Keys are the salient cast, finer places, event
// nouns and heaviest terms; a true match shares several of them, so missing one costs nothing.
import { topKeys } from './vectors.js';
import { participantWeights } from './summary.js';
import type { EventFeatures, EventSummary, Weights } from './types.js';

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

/** Keys to index an event under after merging or re-summarising (a bounded superset of a document's). */
export function summaryKeys(s: EventSummary): string[] {
  return [
    ...topKeys(participantWeights(s), PARTICIPANT_KEYS * 2).map((k) => `p:${k}`),
    ...topKeys(s.places, PLACE_KEYS * 2).map((k) => `l:${k.toLowerCase()}`),
    ...topKeys(s.nouns, NOUN_KEYS * 2).map((k) => `n:${k}`),
    ...topKeys(s.terms, TERM_KEYS * 3).map((k) => `t:${k}`),
  ];
}
