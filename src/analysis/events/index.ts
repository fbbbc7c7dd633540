// Event grouping: documents → events, incrementally (store) or in batch (CLI `group`, eval).
export type { CorpusStats, EventDocument, EventFeatures, EventSummary, SummaryParticipant, Weights } from './types.js';
export { documentFeatures } from './features.js';
export { eventKeys, lookupKeys } from './keys.js';
export {
  statsKeys,
  CorpusCounter,
  PLAIN_PARAMS,
  BATCH_PARAMS,
  STREAM_PARAMS,
  type MatchParams,
  type SimilarityParts,
} from './similarity.js';
export { summarize, absorb, mergeSummaries, withoutDocument } from './summary.js';
export { LinkScorer, NormCache, prepareDocument, linkKeys, type PreparedDocument } from './links.js';
export { planRegroup, opensEvent, clearEvent, placeOnly, type Neighbourhood, type NeighbourEvent, type DocumentLink, type DocumentEventLink, type EventLink, type RegroupPlan, type RegroupedEvent } from './regroup.js';
export { EventStream } from './stream.js';
export { closestEvents, movableDocuments, LINKED_DOCUMENTS, RECENT_PER_EVENT, RECENT_DOCUMENTS } from './neighbourhood.js';
export { eventTitle, eventKeywords, eventParticipants, eventSpan } from './title.js';
export { groupDocuments, groupFeatures } from './group.js';
export { resolveDates, type DateMention } from './dates.js';
