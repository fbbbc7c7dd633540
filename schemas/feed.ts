import { z } from 'zod';
import { DivergenceKind, Id, MinScore } from './common.js';

export const FeedQuery = z.object({
  event: Id.optional(),
  actor: z.string().max(200).optional().describe('Actor id or name on either side'),
  kind: DivergenceKind.optional(),
  minScore: MinScore.optional(),
  after: Id.optional().describe(
    'First replay the stored divergences found after this one (div_N), oldest first, then go live. A reconnecting EventSource sends the Last-Event-ID header instead, which does the same.',
  ),
});
export type FeedQuery = z.infer<typeof FeedQuery>;
