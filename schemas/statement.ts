import { z } from 'zod';
import { Cursor, Id, Limit, StatementKind, StatementMode } from './common.js';

export const Speaker = z.object({ id: Id, name: z.string() });

/** What a statement is, wherever it appears. */
export const StatementCore = z.object({
  id: Id,
  speaker: z.string().nullable().describe('Canonical name, an anonymous phrase as written, or null'),
  speakerId: Id.nullable().describe('Actor id when the speaker is a known actor'),
  text: z.string(),
  start: z.number().int().describe('UTF-16 index into the document text'),
  end: z.number().int(),
  mode: StatementMode.describe('direct: all in quotes; indirect: reported; mixed'),
  kind: StatementKind.nullable().describe("stated: the speaker's own position; claimed: an assertion about another actor's"),
  about: z.array(z.string()).describe('The other actors a claimed statement is about'),
  cue: z.string().nullable().describe('Reporting words as written (said, told, according to)'),
});

export const Statement = StatementCore.extend({
  documentId: Id,
  eventId: Id.nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type Statement = z.infer<typeof Statement>;

export const StatementsQuery = z.object({
  actor: z.string().max(200).optional().describe('Actor id or name'),
  event: Id.optional(),
  kind: StatementKind.optional(),
  q: z.string().max(200).optional().describe('Text the statement contains'),
  limit: Limit,
  cursor: Cursor,
});
export type StatementsQuery = z.infer<typeof StatementsQuery>;
