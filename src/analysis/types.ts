// Plain data passed between the pipeline stages. No behaviour lives here.

/** A half-open range of UTF-16 code units in some text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export type Mode = 'direct' | 'indirect' | 'mixed';
export type StatementKind = 'stated' | 'claimed';
export type ActorType = 'person' | 'organization' | 'place' | 'anonymous';

/** A person or body discovered in one document. `name` is the longest full name seen there. */
export interface DiscoveredActor {
  name: string;
  aliases: string[];
  affiliation: string[];
  type: ActorType;
}

/** One attributed utterance found in a document. text === document.slice(start, end). */
export interface ExtractedStatement {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  mode: Mode;
  kind: StatementKind | null;
  about: string[];
  cue: string | null;
}

export interface Extraction {
  statements: ExtractedStatement[];
  actors: DiscoveredActor[];
}

export type CueType =
  | 'negation'
  | 'antonym'
  | 'modality'
  | 'condition'
  | 'number'
  | 'date'
  | 'tone'
  | 'wording'
  | 'attribution';

export interface CueSide {
  start: number;
  end: number;
  text: string;
}

/** One piece of evidence; each side indexes that statement's own text. */
export interface Cue {
  type: CueType;
  note: string;
  a: CueSide | null;
  b: CueSide | null;
}

export type DivergenceKind = 'stated-vs-claimed' | 'contradiction' | 'divergent-accounts' | 'quote-variant';

/** What the scorer knows about one side of a pair. */
export interface ScoringStatement {
  text: string;
  speaker: string | null;
  /** Canonical names the speaker is affiliated with (Putin → Russia, Kremlin, Moscow). */
  speakerAffiliation: string[];
  kind: StatementKind | null;
  about: string[];
  documentId: string | null;
  /** How the text reports the speaker (the service knows; a bare text leaves it unknown). */
  mode?: Mode | null;
  /** The reporting verb ("said", "denied", "urged"): a denial or a demand turns the text around (reported.ts). */
  cue?: string | null;
}

export interface PairContext {
  /** Both statements were grouped into the same event. */
  sameEvent: boolean;
  /**
   * Known to belong to different events (the service knows each statement's event; POST /compare
   * does not, and leaves this unset).
   */
  differentEvents?: boolean;
}

export interface PairScore {
  score: number;
  relatedness: number;
  flag: boolean;
  /** The kind when flagged, else null. */
  kind: DivergenceKind | null;
  /** The kind the evidence points to, flagged or not (a near miss is stored with it); null when unrelated. */
  leaning: DivergenceKind | null;
  components: Record<string, number>;
  cues: Cue[];
}
