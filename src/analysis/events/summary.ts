// An event's running summary: sums of its documents' normalised feature vectors (centroids up to
// scale), participant document counts and the date span. Bounded, so it stays small in the store.
import { addInto, top, unit } from './vectors.js';
import type { EventFeatures, EventSummary, SummaryParticipant, Weights } from './types.js';

export const MAX_SUMMARY_TERMS = 200;
const MAX_SUMMARY_PARTICIPANTS = 40;
const MAX_SUMMARY_PLACES = 25;
const MAX_SUMMARY_NOUNS = 15;
const MAX_SUMMARY_YEARS = 10;

const EMPTY: EventSummary = {
  documents: 0,
  terms: {},
  lead: {},
  surface: {},
  participants: {},
  nouns: {},
  places: {},
  years: {},
  from: null,
  to: null,
};

function minDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

function bounded(s: EventSummary): EventSummary {
  const terms = top(s.terms, MAX_SUMMARY_TERMS);
  const order = Object.entries(s.participants).sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
  return {
    ...s,
    terms,
    lead: top(s.lead, MAX_SUMMARY_TERMS),
    surface: Object.fromEntries(Object.keys(terms).map((k) => [k, s.surface[k] ?? k])),
    participants: Object.fromEntries(order.slice(0, MAX_SUMMARY_PARTICIPANTS)),
    nouns: top(s.nouns, MAX_SUMMARY_NOUNS),
    places: top(s.places, MAX_SUMMARY_PLACES),
    years: top(s.years ?? {}, MAX_SUMMARY_YEARS),
  };
}

export function summarize(f: EventFeatures): EventSummary {
  return absorb(EMPTY, f);
}

export function absorb(s: EventSummary, f: EventFeatures): EventSummary {
  const participants: Record<string, SummaryParticipant> = {};
  for (const [k, p] of Object.entries(s.participants)) participants[k] = { ...p };
  const pu = unit(f.participants);
  for (const [k, w] of Object.entries(pu)) {
    const p = participants[k];
    if (p) {
      p.docs++;
      p.weight += w;
    } else participants[k] = { name: f.names[k] ?? k, docs: 1, weight: w };
  }
  return bounded({
    documents: s.documents + 1,
    terms: addInto({ ...s.terms }, unit(f.terms)),
    lead: addInto({ ...s.lead }, unit(f.lead)),
    surface: { ...f.surface, ...s.surface },
    participants,
    nouns: addInto({ ...s.nouns }, unit(f.nouns)),
    places: addInto({ ...s.places }, unit(f.places)),
    years: addInto({ ...(s.years ?? {}) }, unit(f.years)),
    from: minDay(s.from, f.from),
    to: maxDay(s.to, f.to),
  });
}

export function mergeSummaries(a: EventSummary, b: EventSummary): EventSummary {
  const participants: Record<string, SummaryParticipant> = {};
  for (const [k, p] of Object.entries(a.participants)) participants[k] = { ...p };
  for (const [k, p] of Object.entries(b.participants)) {
    const q = participants[k];
    if (q) participants[k] = { name: q.name.length >= p.name.length ? q.name : p.name, docs: q.docs + p.docs, weight: q.weight + p.weight };
    else participants[k] = { ...p };
  }
  const sum = (x: Weights, y: Weights) => addInto({ ...x }, y);
  return bounded({
    documents: a.documents + b.documents,
    terms: sum(a.terms, b.terms),
    lead: sum(a.lead, b.lead),
    surface: { ...b.surface, ...a.surface },
    participants,
    nouns: sum(a.nouns, b.nouns),
    places: sum(a.places, b.places),
    years: sum(a.years ?? {}, b.years ?? {}),
    from: minDay(a.from, b.from),
    to: maxDay(a.to, b.to),
  });
}

/** Participant weights as a plain vector, for similarity. */
export function participantWeights(s: EventSummary): Weights {
  const out: Weights = {};
  for (const [k, p] of Object.entries(s.participants)) out[k] = p.weight;
  return out;
}
