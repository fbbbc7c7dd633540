// Event grouping at ingest: average linkage, as batch grouping does, around each new document. The
// document is linked to the earlier documents sharing most keys with it; the events of those
// documents are regrouped with it, their recent documents free to move and their older parts kept
// whole (src/analysis/events/regroup.ts). Links and features are stored for later documents.
import {
  LINKED_DOCUMENTS,
  LinkScorer,
  NormCache,
  RECENT_DOCUMENTS,
  RECENT_PER_EVENT,
  STREAM_PARAMS,
  clearEvent,
  closestEvents,
  eventKeys,
  linkKeys,
  lookupKeys,
  movableDocuments,
  opensEvent,
  placeOnly,
  planRegroup,
  prepareDocument,
  statsKeys,
} from '../analysis/events/index.js';
import type { CorpusStats, DocumentLink, EventFeatures, NeighbourEvent, RegroupPlan } from '../analysis/events/index.js';
import type { Mutations } from '../store/mutations.js';
import { addMissingFeatures, preparedByDigest, storable } from './event-features.js';
import { NEW_DOCUMENT, applyPlan } from './event-plan.js';

export { eventWrite } from './event-plan.js';

/** IDF norms of stored documents, kept across ingests (they drift slowly with the corpus). */
const norms = new NormCache();

/** Documents between two prunings of the links of documents no longer recent. */
const PRUNE_EVERY = 50;

export interface Placement {
  eventId: number;
  /** Once the document is stored under this id: keeps its features, keys and links for later documents. */
  record(documentId: number): Promise<void>;
}

export async function assignEvent(tx: Mutations, features: EventFeatures): Promise<Placement> {
  await addMissingFeatures(tx);
  const keys = eventKeys(features);
  const prepared = prepareDocument(features);
  const keyStats = await tx.corpusFrequencies(keys);
  const lookup = lookupKeys(keys, keyStats);
  const found = await tx.graph.documentsByKeys(lookup, LINKED_DOCUMENTS);
  const near = await preparedByDigest(tx, new Map(found.map((d) => [d.id, d.digest])));
  // Document frequencies of the new document's keys, and of the keys of earlier documents whose
  // norms are due for recomputing.
  const wanted = new Set(statsKeys(features));
  for (const n of near.values()) if (!norms.current(n, keyStats.documents)) for (const k of linkKeys(n)) wanted.add(k);
  const stats: CorpusStats = await tx.corpusFrequencies(wanted);
  await tx.addDocumentFrequencies(statsKeys(features), stats.documents);

  const scorer = new LinkScorer(stats, STREAM_PARAMS, norms);
  const own: { other: number; similarity: number }[] = [];
  for (const [id, n] of near) {
    const similarity = scorer.similarity(prepared, n);
    if (similarity > 0) own.push({ other: id, similarity });
  }
  const links: DocumentLink[] = own.map((l) => ({ a: NEW_DOCUMENT, b: l.other, similarity: l.similarity }));
  const eventOf = new Map(found.flatMap((d) => (d.event === null ? [] : [[d.id, d.event] as const])));
  const plan = opensEvent(links, scorer.cut) ? placeOnly(NEW_DOCUMENT, null) : await neighbourhoodPlan(tx, links, eventOf, scorer.cut);
  const eventId = await applyPlan(tx, plan, features);
  const { json, digest } = storable(features, prepared);
  return {
    eventId,
    async record(documentId) {
      // Only keys a later document would look up: the very common ones find nothing useful.
      await tx.graph.insertFeatures(documentId, digest, json, lookup, true);
      await tx.graph.insertLinks(documentId, own, documentId - RECENT_DOCUMENTS);
      // Links of documents no longer recent are never read again; dropped in batches, not one by one.
      if (documentId % PRUNE_EVERY === 0) await tx.graph.prune(documentId - RECENT_DOCUMENTS);
    },
  };
}

/** Joins the event the new document clearly belongs to, or regroups its neighbourhood. */
async function neighbourhoodPlan(tx: Mutations, links: DocumentLink[], eventOf: Map<number, number>, cut: number): Promise<RegroupPlan> {
  const sizes = await tx.graph.eventSizes([...new Set(eventOf.values())]);
  const clear = clearEvent(links, eventOf, sizes, cut);
  if (clear !== null) return placeOnly(NEW_DOCUMENT, clear);
  const eventIds = [...closestEvents(links, eventOf, sizes)];
  const pinned = await tx.graph.pinned(eventIds);
  // Documents after this one stay movable: the newest RECENT_DOCUMENTS, the new one included.
  const since = (await tx.graph.newestDocument()) + 1 - RECENT_DOCUMENTS;
  const recent = await tx.graph.recentDocuments(eventIds.filter((e) => !pinned.has(e)), RECENT_PER_EVENT, since);
  const movable = movableDocuments(recent);
  const events: NeighbourEvent[] = [];
  for (const id of eventIds) {
    const ours = recent.get(id) ?? [];
    for (const d of ours) eventOf.set(d, id);
    events.push({ id, size: sizes.get(id) ?? 0, movable: ours.filter((d) => movable.has(d)), pinned: pinned.has(id) });
  }
  return planRegroup({
    document: NEW_DOCUMENT,
    events,
    links,
    movableLinks: await tx.graph.linksAmong([...movable]),
    movableToEvents: await tx.graph.documentEventLinks([...movable], eventIds),
    eventLinks: await tx.graph.eventLinks(eventIds),
    eventOf,
    cut,
  });
}

