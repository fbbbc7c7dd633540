import type { ActorType, Cue, DivergenceKind, ExtractedStatement } from '../analysis/types.js';

// What the store keeps, in domain terms (row ids are numbers; public ids are made in http).

export interface DocumentRecord {
  id: number;
  hash: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string;
  eventId: number | null;
  createdAt: string;
  statementCount: number;
}

export interface ActorRecord {
  id: number;
  name: string;
  type: ActorType;
  aliases: string[];
  affiliation: string[];
  statementCount: number;
}

/** An actor as name lookups answer: without the count of its statements, which costs a subquery per row. */
export type ActorName = Omit<ActorRecord, 'statementCount'>;

/** An extracted statement as stored: with its ids, its speaker's actor and its document. */
export interface StatementRecord extends ExtractedStatement {
  id: number;
  documentId: number;
  actorId: number | null;
  eventId: number | null;
  createdAt: string;
  document: { id: number; title: string | null; outlet: string | null; url: string | null; publishedAt: string | null };
  /** The speaker's affiliations, from the actor registry. */
  affiliation: string[];
}

export interface EventRecord<Summary = unknown> {
  id: number;
  title: string;
  titleLocked: boolean;
  summary: Summary;
  from: string | null;
  to: string | null;
  documentCount: number;
  statementCount: number;
  divergenceCount: number;
}

export interface DivergenceRecord {
  id: number;
  aId: number;
  bId: number;
  kind: DivergenceKind;
  score: number;
  relatedness: number;
  flagged: boolean;
  components: Record<string, number>;
  cues: Cue[];
  eventId: number | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
