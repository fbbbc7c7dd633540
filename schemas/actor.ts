import { z } from 'zod';
import { Cursor, Id, Limit } from './common.js';

export const Actor = z.object({
  id: Id,
  name: z.string().describe('Canonical name: the longest full name seen'),
  type: z.enum(['person', 'organization', 'place', 'anonymous']),
  aliases: z.array(z.string()),
  affiliation: z.array(z.string()).describe('Bodies the actor speaks for (Putin → Russia)'),
  statementCount: z.number().int(),
});
export type Actor = z.infer<typeof Actor>;

export const ActorsQuery = z.object({
  q: z.string().max(200).optional().describe('Part of a name or alias'),
  limit: Limit,
  cursor: Cursor,
});
export type ActorsQuery = z.infer<typeof ActorsQuery>;
