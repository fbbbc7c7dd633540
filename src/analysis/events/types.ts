// Plain, JSON-serialisable data of event grouping. The store keeps one EventSummary per event.

export interface EventDocument {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  /** Canonical names found by extraction; may be empty. */
  actors?: string[];
}

/** Feature name → weight. */
export type Weights = Record<string, number>;

export interface EventFeatures {
  /** Content stems, weighted (log tf, lead and names up, common news words down), at most MAX_DOC_TERMS. */
  terms: Weights;
  /** Content stems of the title and first lines only: where news names its happening. */
  lead: Weights;
  /** Stem → a surface word for it, for keywords people can read. */
  surface: Record<string, string>;
  /** Participant key ("trump", "european union") → weight. */
  participants: Weights;
  /** Participant key → display name ("Donald Trump"). */
  names: Record<string, string>;
  /** Canonical event noun ("phone call") → weight. */
  nouns: Weights;
  /** Place name → weight; finer places (cities, regions) weigh more than countries. */
  places: Weights;
  /** Years the text names ("2008") → weight: two happenings of one kind are often years apart. */
  years: Weights;
  /**
   * Participant key → how much the text puts it with an event noun ("Trump's summit with Putin"):
   * who a happening is between, for titles only (names.ts FoundNames.cast). Absent in features
   * stored before it was kept: read as none.
   */
  cast?: Weights;
  /** Days the happening is placed on, ISO YYYY-MM-DD, or null when the text gives no anchor. */
  from: string | null;
  to: string | null;
}

export interface SummaryParticipant {
  name: string;
  /** Documents of the event that mention this participant. */
  docs: number;
  weight: number;
}

export interface EventSummary {
  documents: number;
  /** Sum of the documents' normalised term vectors, the heaviest MAX_SUMMARY_TERMS kept. */
  terms: Weights;
  lead: Weights;
  surface: Record<string, string>;
  participants: Record<string, SummaryParticipant>;
  nouns: Weights;
  places: Weights;
  /** Absent in summaries written before years were kept: read as none. */
  years?: Weights;
  /** Sum of the documents' casts (EventFeatures.cast); absent when none has one. */
  cast?: Weights;
  from: string | null;
  to: string | null;
}

/**
 * Document frequencies of feature keys over the documents seen so far (online IDF, Miranda et al.
 * 2018). Keys are those of statsKeys(): `t:` term stems, `p:` participants, `l:` places, `n:` event
 * nouns, `y:` years. `documents` counts the documents whose keys were counted.
 */
export interface CorpusStats {
  documents: number;
  df(key: string): number;
}
