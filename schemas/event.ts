import { z } from 'zod';
import { Cursor, Id, IsoDate, Limit } from './common.js';
import { Statement } from './statement.js';
import { Divergence } from './divergence.js';

export const Event = z.object({
  id: Id,
  title: z.string(),
  participants: z.array(z.string()),
  keywords: z.array(z.string()),
  from: z.string().nullable().describe('Earliest date the event is known for'),
  to: z.string().nullable(),
  documentCount: z.number().int(),
  statementCount: z.number().int(),
  divergenceCount: z.number().int().describe('Flagged divergences in this event'),
});
export type Event = z.infer<typeof Event>;

export const EventDetail = Event.extend({
  actors: z
    .array(z.object({ speaker: z.string().nullable(), speakerId: Id.nullable(), statements: z.array(Statement) }))
    .describe('Statements grouped by speaker'),
  divergences: z.array(Divergence),
});
export type EventDetail = z.infer<typeof EventDetail>;

export const EventsQuery = z.object({
  q: z.string().max(200).optional().describe('Part of the title or a keyword'),
  actor: z.string().max(200).optional().describe('Participant id or name'),
  from: IsoDate.optional().describe('Events that reach this date or later'),
  to: IsoDate.optional().describe('Events that start at this date or earlier'),
  limit: Limit,
  cursor: Cursor,
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export const EventPatch = z.object({ title: z.string().trim().min(1).max(300) });
export const EventMerge = z.object({ from: Id.describe('The event to merge into this one; it ceases to exist') });
