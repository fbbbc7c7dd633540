// Event grouping: documents → events, incrementally (store) or in batch (CLI `group`, eval).
export type { CorpusStats, EventDocument, EventFeatures, EventSummary, SummaryParticipant, Weights } from './types.js';
export { documentFeatures } from './features.js';
export { eventKeys, summaryKeys, lookupKeys } from './keys.js';
export {
  matchEvent,
  shouldMerge,
  similarity,
  similarityParts,
  summarySimilarity,
  statsKeys,
  dfKeys,
  CorpusCounter,
  JOIN_THRESHOLD,
  PLAIN_PARAMS,
  IDF_PARAMS,
  BATCH_PARAMS,
  type MatchParams,
  type SimilarityParts,
} from './similarity.js';
export { summarize, absorb, mergeSummaries } from './summary.js';
export { eventTitle, eventKeywords, eventSpan } from './title.js';
export { groupDocuments, groupFeatures, EventIndex, type EventIndexOptions } from './group.js';
export { resolveDates, type DateMention } from './dates.js';
