// Stored grouping features of documents, parsed and prepared once per process. A document is linked
// to many later ones, and parsing its JSON each time cost more than comparing it. Entries are found
// by the digest of the stored JSON, so any store, instance or transaction reads the same thing.
// Linking needs only the prepared vectors, of documents of any age; the features themselves are
// needed only when a document moves between events, and only recent documents move. Keeping the
// features of every document too tripled the cache (~46 KB a document, not ~15 KB).
import { createHash } from 'node:crypto';
import { documentFeatures, eventKeys, prepareDocument, type EventFeatures, type PreparedDocument } from '../analysis/events/index.js';
import type { Mutations } from '../store/mutations.js';

/** Oldest first out: a Map iterates in insertion order. */
class Bounded<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(digest: string): V | undefined {
    return this.entries.get(digest);
  }

  set(digest: string, value: V): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digest, value);
  }
}

const prepared = new Bounded<PreparedDocument>(20_000);
/** Well over the RECENT_DOCUMENTS (200) grouping may move, so that writers sharing a store still find theirs. */
const recentFeatures = new Bounded<EventFeatures>(1_000);

export function featuresDigest(json: string): string {
  return createHash('sha1').update(json).digest('hex');
}

/** Features as they will be stored, with their digest; both forms are remembered for later reads. */
export function storable(features: EventFeatures, prepare: PreparedDocument): { json: string; digest: string } {
  const json = JSON.stringify(features);
  const digest = featuresDigest(json);
  prepared.set(digest, prepare);
  recentFeatures.set(digest, features);
  return { json, digest };
}

/** Per document, what the cache holds for its digest, else what `make` builds from the stored JSON (then remembered). */
async function readThrough<V>(tx: Mutations, digests: Map<number, string>, cache: Bounded<V>, make: (features: EventFeatures) => V): Promise<Map<number, V>> {
  const out = new Map<number, V>();
  const missing: number[] = [];
  for (const [id, digest] of digests) {
    const hit = cache.get(digest);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  for (const [id, json] of await tx.graph.features(missing)) {
    const entry = make(JSON.parse(json) as EventFeatures);
    cache.set(digests.get(id)!, entry);
    out.set(id, entry);
  }
  return out;
}

/** The stored features of these documents (documents about to move); documents stored without features are absent. */
export async function storedFeatures(tx: Mutations, ids: number[]): Promise<Map<number, EventFeatures>> {
  return readThrough(tx, await tx.graph.digests(ids), recentFeatures, (features) => features);
}

/** The prepared features of documents whose digests are known (read from the store only when not remembered). */
export async function preparedByDigest(tx: Mutations, digests: Map<number, string>): Promise<Map<number, PreparedDocument>> {
  return readThrough(tx, digests, prepared, prepareDocument);
}

/** Documents grouped at once when a store made before document features first ingests. */
const MISSING_FEATURES_PER_INGEST = 20;

/**
 * Documents stored before grouping kept features get them, a few per ingest, newest first, so later
 * documents find them and their events. Never moved (no links of theirs are kept).
 */
export async function addMissingFeatures(tx: Mutations): Promise<void> {
  for (const d of await tx.graph.ungrouped(MISSING_FEATURES_PER_INGEST)) {
    const f = documentFeatures({ text: d.text, title: d.title, publishedAt: d.publishedAt, actors: d.actors });
    const { json, digest } = storable(f, prepareDocument(f));
    await tx.graph.insertFeatures(d.id, digest, json, eventKeys(f), false);
  }
}
