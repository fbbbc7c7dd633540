import { z } from 'zod';
import { Id } from './common.js';

export const DocumentRef = z.object({
  id: Id,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;
