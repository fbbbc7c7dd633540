// What the regrouping around a new document looks at: the earlier documents it is linked to, the
// events those are in, and which of their documents may still move. Bounds keep each ingest's work
// small; the store and the in-memory stream use the same ones.
import type { DocumentLink } from './regroup.js';

/** Earlier documents a new one is linked to at most: those sharing most keys with it (as in batch). */
export const LINKED_DOCUMENTS = 60;
/** Events regrouped around a new document at most: those it is closest to on average. */
export const REGROUPED_EVENTS = 20;
/** An event's most recent documents that may still move to another event. */
export const RECENT_PER_EVENT = 20;
/** Movable documents in one regrouping at most: the most recent of the neighbourhood. */
export const MOVABLE_DOCUMENTS = 40;
/** Documents stay movable, their links kept, while they are among this many newest of all. */
export const RECENT_DOCUMENTS = 200;

/** The new document's mean similarity to each event it is linked into (sizes: documents per event), highest first. */
export function eventMeans(links: DocumentLink[], eventOf: ReadonlyMap<number, number>, sizes: ReadonlyMap<number, number>): { event: number; mean: number }[] {
  const sums = new Map<number, number>();
  for (const l of links) {
    const e = eventOf.get(l.b);
    if (e !== undefined) sums.set(e, (sums.get(e) ?? 0) + l.similarity);
  }
  return [...sums].map(([event, s]) => ({ event, mean: s / (sizes.get(event) ?? 1) })).sort((a, b) => b.mean - a.mean || a.event - b.event);
}

/** The REGROUPED_EVENTS events the new document is closest to. */
export function closestEvents(links: DocumentLink[], eventOf: ReadonlyMap<number, number>, sizes: ReadonlyMap<number, number>): Set<number> {
  return new Set(eventMeans(links, eventOf, sizes).slice(0, REGROUPED_EVENTS).map((m) => m.event));
}

/**
 * The movable documents of a neighbourhood: of each event's RECENT_PER_EVENT most recent documents,
 * the MOVABLE_DOCUMENTS most recent overall (ids grow with arrival).
 */
export function movableDocuments(recentByEvent: Map<number, number[]>): Set<number> {
  const recent = [...recentByEvent.values()].flatMap((ds) => [...ds].sort((a, b) => b - a).slice(0, RECENT_PER_EVENT));
  return new Set(recent.sort((a, b) => b - a).slice(0, MOVABLE_DOCUMENTS));
}
