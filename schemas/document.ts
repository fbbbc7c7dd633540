import { z } from 'zod';
import { Id, IsoDate } from './common.js';
import { Statement } from './statement.js';
import { Divergence } from './divergence.js';
import { DocumentRef } from './document-ref.js';

export const MAX_DOCUMENT_CHARS = 200_000;

export const DocumentInput = z.object({
  text: z.string().trim().min(1).max(MAX_DOCUMENT_CHARS).describe('The article text'),
  title: z.string().max(1000).nullish(),
  outlet: z.string().max(200).nullish(),
  url: z.url().max(2000).nullish(),
  publishedAt: IsoDate.nullish(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

export { DocumentRef } from './document-ref.js';

export const Document = DocumentRef.extend({
  text: z.string(),
  eventId: Id.nullable(),
  createdAt: z.string(),
  statementCount: z.number().int(),
});
export type Document = z.infer<typeof Document>;

export const DocumentDetail = Document.extend({
  statements: z.array(Statement),
});

export const IngestResult = z.object({
  created: z.boolean().describe('false when the same text was already stored'),
  document: Document,
  statements: z.array(Statement),
  divergences: z.array(Divergence).describe('Divergences this document created against everything already stored'),
});
export type IngestResult = z.infer<typeof IngestResult>;
