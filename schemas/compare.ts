import { z } from 'zod';
import { Cue, DivergenceKind } from './common.js';

export const MAX_COMPARE_CHARS = 20_000;

export const CompareInput = z.object({
  a: z.string().trim().min(1).max(MAX_COMPARE_CHARS),
  b: z.string().trim().min(1).max(MAX_COMPARE_CHARS),
  speakerA: z.string().max(200).nullish().describe('Who said a. With both speakers, each text is read as their statement: their own position, or a claim about the other side'),
  speakerB: z.string().max(200).nullish(),
  affiliationA: z
    .array(z.string().trim().min(1).max(200))
    .max(10)
    .optional()
    .describe("Countries or bodies speakerA speaks for (Putin: Russia). Known actors' stored affiliations are added"),
  affiliationB: z.array(z.string().trim().min(1).max(200)).max(10).optional(),
});
export type CompareInput = z.infer<typeof CompareInput>;

export const CompareResult = z.object({
  score: z.number(),
  flag: z.boolean(),
  kind: DivergenceKind.nullable().describe('null when not flagged'),
  relatedness: z.number(),
  components: z.record(z.string(), z.number()),
  cues: z.array(Cue),
});
