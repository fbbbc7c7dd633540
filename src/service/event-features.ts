// Stored grouping features of documents, parsed and prepared once per process. A document is linked
// to many later ones, and parsing its JSON each time cost more than comparing it. Entries are found
// by the digest of the stored JSON, so any store, instance or transaction reads the same thing.
import { createHash } from 'node:crypto';
import { documentFeatures, eventKeys, prepareDocument, type EventFeatures, type PreparedDocument } from '../analysis/events/index.js';
import type { Mutations } from '../store/mutations.js';

export interface StoredFeatures {
  features: EventFeatures;
  prepared: PreparedDocument;
}

const MAX_ENTRIES = 20_000;
const cache = new Map<string, StoredFeatures>();

export function featuresDigest(json: string): string {
  return createHash('sha1').update(json).digest('hex');
}

function remember(digest: string, entry: StoredFeatures): void {
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(digest, entry);
}

/** Features as they will be stored, with their digest; the prepared form is remembered for later reads. */
export function storable(features: EventFeatures, prepared: PreparedDocument): { json: string; digest: string } {
  const json = JSON.stringify(features);
  const digest = featuresDigest(json);
  remember(digest, { features, prepared });
  return { json, digest };
}

/** The stored features of these documents; documents stored without features are absent. */
export async function storedFeatures(tx: Mutations, ids: number[]): Promise<Map<number, StoredFeatures>> {
  return featuresByDigest(tx, await tx.graph.digests(ids));
}

/** The stored features of documents whose digests are known (read from the store only when not remembered). */
export async function featuresByDigest(tx: Mutations, digests: Map<number, string>): Promise<Map<number, StoredFeatures>> {
  const out = new Map<number, StoredFeatures>();
  const missing: number[] = [];
  for (const [id, digest] of digests) {
    const hit = cache.get(digest);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  for (const [id, json] of await tx.graph.features(missing)) {
    const features = JSON.parse(json) as EventFeatures;
    const entry = { features, prepared: prepareDocument(features) };
    remember(digests.get(id)!, entry);
    out.set(id, entry);
  }
  return out;
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
