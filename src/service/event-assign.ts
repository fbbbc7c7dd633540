// Incremental event grouping at ingest: a new document joins the stored event it fits best,
// merging events it shows to be one happening, or opens a new one.
import { absorb, dfKeys, lookupKeys, eventKeys, eventSpan, eventTitle, mergeSummaries, shouldMerge, statsKeys, summarize } from '../analysis/events/index.js';
import type { CorpusStats, EventFeatures, EventSummary } from '../analysis/events/index.js';
import { rankEvents } from '../analysis/events/similarity.js';
import { eventBlockKey } from '../analysis/pairing.js';
import type { EventWrite, Mutations } from '../store/mutations.js';

/** How many events a new document is compared with at most. */
const CANDIDATE_EVENTS = 25;

/**
 * Joins the document to the best-matching stored event or opens one. Event channels are IDF-weighted
 * with the store's document frequencies; when the document fits several events that are themselves
 * one happening, they are merged.
 */
export async function assignEvent(tx: Mutations, features: EventFeatures): Promise<number> {
  const keys = eventKeys(features);
  const keyStats = await tx.corpusFrequencies(keys);
  const lookup = lookupKeys(keys, { documents: keyStats.documents, df: (k) => keyStats.df.get(k) ?? 0 });
  const candidates = await tx.eventsByKeys<EventSummary>(lookup, CANDIDATE_EVENTS);
  const { documents, df } = await tx.corpusFrequencies(dfKeys(features, candidates.map((c) => c.summary)));
  const stats: CorpusStats = { documents, df: (key) => df.get(key) ?? 0 };
  await tx.addDocumentFrequencies(statsKeys(features), documents);
  const ranked = rankEvents(
    features,
    candidates.map((c) => ({ id: String(c.id), summary: c.summary })),
    stats,
  );
  const [best, ...others] = ranked.map((r) => candidates.find((c) => String(c.id) === r.id)).filter((c) => c !== undefined);
  if (!best) return tx.insertEvent(eventWrite(summarize(features), keys));
  let summary = absorb(best.summary, features);
  for (const other of others) {
    if (!shouldMerge(summary, other.summary, stats)) continue;
    summary = mergeSummaries(summary, other.summary);
    await tx.mergeEvents(best.id, other.id, eventWrite(summary, []));
    await tx.renameStatementKey(eventBlockKey(String(other.id)), eventBlockKey(String(best.id)));
  }
  await tx.updateEvent(best.id, eventWrite(summary, keys));
  return best.id;
}

/** An event is found again by the blocking keys of the documents it absorbed. */
export function eventWrite(summary: EventSummary, keys: string[]): EventWrite<EventSummary> {
  const span = eventSpan(summary);
  return { title: eventTitle(summary), summary, from: span.from, to: span.to, keys };
}
