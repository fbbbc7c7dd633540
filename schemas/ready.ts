import { z } from 'zod';

export const Ready = z.object({
  status: z.literal('ready'),
  store: z.enum(['sqlite', 'postgres']),
});
