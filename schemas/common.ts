import { z } from 'zod';

/** RFC 9457 problem details; `code` is stable and meant for programs. */
export const Problem = z
  .object({
    type: z.string().describe('URI reference naming the problem type'),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable error code, e.g. NOT_FOUND, VALIDATION_FAILED'),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('Per-field validation failures'),
  })
  .describe('application/problem+json error body');
export type Problem = z.infer<typeof Problem>;

export const Id = z.string().min(1).max(64).describe('Opaque identifier');

export const IdParams = z.object({ id: Id });

export const Limit = z.coerce.number().int().min(1).max(200).default(50).describe('Page size (1–200)');

export const Cursor = z
  .string()
  .max(512)
  .optional()
  .describe('Opaque cursor from the previous page`s `nextCursor`');

export const IsoDate = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .describe('ISO 8601 date (2025-05-19) or date-time');

export const CueSide = z
  .object({
    start: z.number().int().describe('UTF-16 index into the statement text (inclusive)'),
    end: z.number().int().describe('UTF-16 index into the statement text (exclusive)'),
    text: z.string(),
  })
  .nullable();

export const CueType = z.enum(['negation', 'antonym', 'modality', 'condition', 'number', 'date', 'tone', 'wording', 'attribution']);

export const Cue = z.object({
  type: CueType,
  note: z.string().describe('One line a person can check'),
  a: CueSide.describe('Span in statement a, or null'),
  b: CueSide.describe('Span in statement b, or null'),
});

export const DivergenceKind = z.enum(['stated-vs-claimed', 'contradiction', 'divergent-accounts', 'quote-variant']);
export const StatementMode = z.enum(['direct', 'indirect', 'mixed']);
export const StatementKind = z.enum(['stated', 'claimed']);

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page'),
  });
}

/** Pairs scoring below this are not stored (service/ingest.ts): a lower minScore lists what this one lists. */
export const STORED_MIN_SCORE = 0.3;

/** The minScore filter of GET /divergences, GET /feed and webhooks. */
export const MinScore = z.coerce
  .number()
  .min(0)
  .max(1)
  .describe(
    `Lists pairs scoring at least this. Defaults to the flag threshold, so only flagged pairs; lower it to see near misses. Pairs under ${STORED_MIN_SCORE} are not stored, so anything lower lists what ${STORED_MIN_SCORE} lists.`,
  );
