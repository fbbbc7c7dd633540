import { z } from 'zod';
import { Cue, Cursor, DivergenceKind, Id, IsoDate, Limit, MinScore } from './common.js';
import { StatementCore } from './statement.js';
import { DocumentRef } from './document-ref.js';

export const DivergenceSide = StatementCore.extend({ document: DocumentRef });

export const Divergence = z.object({
  id: Id,
  kind: DivergenceKind,
  score: z.number().min(0).max(1),
  relatedness: z.number().min(0).max(1),
  flagged: z.boolean().describe('score ≥ flagThreshold'),
  components: z.record(z.string(), z.number()).describe('Per-component scores that made up `score`'),
  cues: z.array(Cue).describe('Evidence; spans index a.text and b.text'),
  eventId: Id.nullable(),
  createdAt: z.string(),
  a: DivergenceSide,
  b: DivergenceSide,
});
export type Divergence = z.infer<typeof Divergence>;

export const DivergencesQuery = z.object({
  event: Id.optional(),
  actor: z.string().max(200).optional().describe('Actor id or name on either side'),
  kind: DivergenceKind.optional(),
  minScore: MinScore.optional(),
  since: IsoDate.optional().describe('Only divergences found at or after this time'),
  sort: z.enum(['score', 'date']).default('score').describe('score: best first; date: newest first'),
  limit: Limit,
  cursor: Cursor,
});
export type DivergencesQuery = z.infer<typeof DivergencesQuery>;
