import { z } from 'zod';
import { IsoDate, StatementKind, StatementMode } from './common.js';

export const MAX_POSTED_STATEMENTS = 200;
export const MAX_STATEMENT_CHARS = 5_000;

export const PostedStatement = z.object({
  speaker: z.string().trim().min(1).max(200).describe('Who said it: a full name or a body ("the Kremlin")'),
  speakerType: z.enum(['person', 'organization']).default('person'),
  affiliation: z.array(z.string().trim().min(1).max(200)).max(10).default([]).describe('Countries or bodies the speaker speaks for'),
  text: z.string().trim().min(1).max(MAX_STATEMENT_CHARS).describe('What was said'),
  mode: StatementMode.default('direct').describe('direct: a verbatim quote; indirect: reported speech'),
  about: z.array(z.string().trim().min(1).max(200)).max(10).default([]).describe('Other actors the statement makes a claim about'),
  kind: StatementKind.nullish().describe('Defaults to claimed when `about` names anyone, else stated'),
  cue: z.string().trim().max(100).nullish().describe('Reporting words, if known ("said", "told reporters", "denied", "urged"). With reported speech (mode indirect or mixed) a denying verb (denied, rejected, refused…) turns the text around when it is scored, and a demanding one (urged, called on…) makes it a demand, not a statement of fact'),
});
export type PostedStatement = z.infer<typeof PostedStatement>;

export const StatementsInput = z.object({
  statements: z.array(PostedStatement).min(1).max(MAX_POSTED_STATEMENTS),
  title: z.string().max(1000).nullish().describe('Where the statements come from, e.g. a transcript title'),
  outlet: z.string().max(200).nullish(),
  url: z.url().max(2000).nullish(),
  publishedAt: IsoDate.nullish(),
});
export type StatementsInput = z.infer<typeof StatementsInput>;
