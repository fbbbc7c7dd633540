import type { IngestResult } from '../../schemas/index.js';
import { FLAG_THRESHOLD } from '../analysis/score/index.js';
import type { Store } from '../store/store.js';
import type { Feed } from './feed.js';
import type { Extraction } from '../analysis/types.js';
import { ingestDocument, ingestExtraction, type IngestInput } from './ingest.js';
import { divergenceViews, documentView, statementView } from './views.js';

/** Ingests one article (or a document of known statements) and answers with what the API returns for it. */
export async function ingestAndView(store: Store, feed: Feed | null, input: IngestInput, extraction?: Extraction): Promise<IngestResult> {
  const outcome = extraction ? await ingestExtraction(store, input, extraction) : await ingestDocument(store, input);
  const document = await store.document(outcome.documentId);
  if (!document) throw new Error(`document ${outcome.documentId} vanished after ingest`);
  const statements = await store.statementsOfDocument(outcome.documentId);
  const records = outcome.created
    ? await store.divergencesByIds(outcome.divergenceIds)
    : await store.divergencesOfStatements(outcome.statementIds, FLAG_THRESHOLD);
  // every stored divergence goes to the feed, whose subscribers filter by minScore (default: the
  // flag threshold); the answer lists the flagged ones, as GET /divergences does by default
  const views = await divergenceViews(store, records);
  if (outcome.created && feed) feed.publish(views);
  const divergences = views.filter((v) => v.flagged);
  return { created: outcome.created, document: documentView(document), statements: statements.map(statementView), divergences };
}
