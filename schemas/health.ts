import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  uptimeSeconds: z.number(),
  counts: z.object({ documents: z.number().int(), statements: z.number().int(), events: z.number().int(), divergences: z.number().int() }),
});
