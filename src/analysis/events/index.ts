// Event grouping: documents → events, incrementally (store) or in batch (CLI `group`, eval).
export type { EventDocument, EventFeatures, EventSummary, SummaryParticipant, Weights } from './types.js';
export { documentFeatures } from './features.js';
export { eventKeys, summaryKeys } from './keys.js';
export { matchEvent, similarity, similarityParts, JOIN_THRESHOLD } from './similarity.js';
export { summarize, absorb, mergeSummaries } from './summary.js';
export { eventTitle, eventKeywords, eventSpan } from './title.js';
export { groupDocuments, EventIndex } from './group.js';
export { resolveDates, type DateMention } from './dates.js';
