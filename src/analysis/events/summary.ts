// An event's running summary: sums of its documents' normalised feature vectors (centroids up to
// scale), participant document counts and the date span. Bounded, so it stays small in the store.
import { sumTop, unit } from './vectors.js';
import type { EventFeatures, EventSummary, SummaryParticipant, Weights } from './types.js';

/** The cast field when there is one: summaries without it stay as they were. */
function castField(cast: Weights): Pick<EventSummary, 'cast'> {
  return Object.keys(cast).length ? { cast } : {};
}

export const MAX_SUMMARY_TERMS = 200;
export const MAX_SUMMARY_PARTICIPANTS = 40;
export const MAX_SUMMARY_PLACES = 25;
export const MAX_SUMMARY_NOUNS = 15;
export const MAX_SUMMARY_YEARS = 10;

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

/** Of two names of one participant, the one with more words ("Donald Trump" over "Trump"), else the longer; ties keep the first. */
function fuller(a: string, b: string): string {
  const words = (n: string) => n.split(/\s+/).length;
  return words(b) > words(a) || (words(b) === words(a) && b.length > a.length) ? b : a;
}

/** The participants, the heaviest MAX_SUMMARY_PARTICIPANTS kept when there are more. */
function boundedParticipants(participants: Record<string, SummaryParticipant>): Record<string, SummaryParticipant> {
  const entries = Object.entries(participants);
  if (entries.length <= MAX_SUMMARY_PARTICIPANTS) return participants;
  entries.sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, MAX_SUMMARY_PARTICIPANTS));
}

/** A readable word for each kept term: the event's own, else the new document's. */
function surfaceOf(terms: Weights, ...sources: Record<string, string>[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in terms) {
    let word: string | undefined;
    for (const src of sources) if ((word = src[k]) !== undefined) break;
    out[k] = word ?? k;
  }
  return out;
}

export function summarize(f: EventFeatures): EventSummary {
  return absorb(EMPTY, f);
}

export function absorb(s: EventSummary, f: EventFeatures): EventSummary {
  const participants: Record<string, SummaryParticipant> = {};
  for (const [k, p] of Object.entries(s.participants)) participants[k] = { ...p };
  const pu = unit(f.participants);
  for (const [k, w] of Object.entries(pu)) {
    const name = f.names[k] ?? k;
    const p = participants[k];
    if (p) {
      p.docs++;
      p.weight += w;
      p.name = fuller(p.name, name);
    } else participants[k] = { name, docs: 1, weight: w };
  }
  const terms = sumTop(s.terms, unit(f.terms), MAX_SUMMARY_TERMS);
  return {
    documents: s.documents + 1,
    terms,
    lead: sumTop(s.lead, unit(f.lead), MAX_SUMMARY_TERMS),
    surface: surfaceOf(terms, s.surface, f.surface),
    participants: boundedParticipants(participants),
    nouns: sumTop(s.nouns, unit(f.nouns), MAX_SUMMARY_NOUNS),
    places: sumTop(s.places, unit(f.places), MAX_SUMMARY_PLACES),
    years: sumTop(s.years ?? {}, unit(f.years), MAX_SUMMARY_YEARS),
    from: minDay(s.from, f.from),
    to: maxDay(s.to, f.to),
    ...castField(sumTop(s.cast ?? {}, f.cast ?? {}, MAX_SUMMARY_PARTICIPANTS)),
  };
}

/** Sums below this are what is left of a document taken out: rounding, not weight. */
const RESIDUE = 1e-9;

function subtract(v: Weights, u: Weights): Weights {
  const out: Weights = { ...v };
  for (const [k, x] of Object.entries(u)) {
    const left = (out[k] ?? 0) - x;
    if (left > RESIDUE) out[k] = left;
    else delete out[k];
  }
  return out;
}

/**
 * The summary without one of its documents (grouping moved it to another event). Terms the bound
 * dropped stay dropped, and the date span stays as wide: close enough for titles and keywords.
 */
export function withoutDocument(s: EventSummary, f: EventFeatures): EventSummary {
  const participants: Record<string, SummaryParticipant> = {};
  const pu = unit(f.participants);
  for (const [k, p] of Object.entries(s.participants)) {
    const w = pu[k];
    if (w === undefined) participants[k] = { ...p };
    else if (p.docs > 1) participants[k] = { ...p, docs: p.docs - 1, weight: Math.max(p.weight - w, 0) };
  }
  const terms = subtract(s.terms, unit(f.terms));
  const out: EventSummary = {
    ...s,
    documents: Math.max(s.documents - 1, 0),
    terms,
    surface: Object.fromEntries(Object.keys(terms).map((k) => [k, s.surface[k] ?? k])),
    lead: subtract(s.lead, unit(f.lead)),
    participants,
    nouns: subtract(s.nouns, unit(f.nouns)),
    places: subtract(s.places, unit(f.places)),
    years: subtract(s.years ?? {}, unit(f.years)),
  };
  const cast = subtract(s.cast ?? {}, f.cast ?? {});
  if (Object.keys(cast).length) out.cast = cast;
  else delete out.cast;
  return out;
}

export function mergeSummaries(a: EventSummary, b: EventSummary): EventSummary {
  const participants: Record<string, SummaryParticipant> = {};
  for (const [k, p] of Object.entries(a.participants)) participants[k] = { ...p };
  for (const [k, p] of Object.entries(b.participants)) {
    const q = participants[k];
    if (q) participants[k] = { name: fuller(q.name, p.name), docs: q.docs + p.docs, weight: q.weight + p.weight };
    else participants[k] = { ...p };
  }
  const terms = sumTop(a.terms, b.terms, MAX_SUMMARY_TERMS);
  return {
    documents: a.documents + b.documents,
    terms,
    lead: sumTop(a.lead, b.lead, MAX_SUMMARY_TERMS),
    surface: surfaceOf(terms, a.surface, b.surface),
    participants: boundedParticipants(participants),
    nouns: sumTop(a.nouns, b.nouns, MAX_SUMMARY_NOUNS),
    places: sumTop(a.places, b.places, MAX_SUMMARY_PLACES),
    years: sumTop(a.years ?? {}, b.years ?? {}, MAX_SUMMARY_YEARS),
    from: minDay(a.from, b.from),
    to: maxDay(a.to, b.to),
    ...castField(sumTop(a.cast ?? {}, b.cast ?? {}, MAX_SUMMARY_PARTICIPANTS)),
  };
}

/** Participant weights as a plain vector, for similarity. */
export function participantWeights(s: EventSummary): Weights {
  const out: Weights = {};
  for (const [k, p] of Object.entries(s.participants)) out[k] = p.weight;
  return out;
}
