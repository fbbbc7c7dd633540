import { z } from 'zod';
import { Cursor, DivergenceKind, Id, Limit, STORED_MIN_SCORE } from './common.js';
import { Divergence } from './divergence.js';

/** Which new divergences a webhook is told about; the same meanings as GET /divergences' query. */
export const WebhookFilters = z
  .object({
    event: z
      .string()
      .regex(/^evt_\d{1,15}$/, 'must be an event id such as evt_3')
      .optional()
      .describe('Only divergences of this event'),
    actor: z.string().trim().min(1).max(200).optional().describe('Actor id or name on either side'),
    kind: DivergenceKind.optional(),
    minScore: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(`Defaults to the flag threshold; lower it to be sent near misses too (pairs under ${STORED_MIN_SCORE} are never stored or sent)`),
  })
  .strict();
export type WebhookFilters = z.infer<typeof WebhookFilters>;

export const WebhookInput = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
      .max(2000)
      // fetch refuses URLs with credentials: such a webhook could never be delivered.
      .refine((u) => !/^https?:\/\/[^/?#]*@/i.test(u), 'must not carry a user name or password')
      .describe('Where deliveries are POSTed (http or https)'),
    filters: WebhookFilters.default({}),
    secret: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe('Signs each delivery: x-divergence-signature: sha256=<hex HMAC-SHA256 of the raw body>. Never returned'),
  })
  .meta({ examples: [{ url: 'https://bot.example.org/divergences', filters: { actor: 'Vladimir Putin', kind: 'stated-vs-claimed', minScore: 0.6 }, secret: 'a long random string' }] });
export type WebhookInput = z.infer<typeof WebhookInput>;

export const Webhook = z
  .object({
    id: Id,
    url: z.string(),
    filters: WebhookFilters,
    createdAt: z.string(),
  })
  .meta({ examples: [{ id: 'whk_1', url: 'https://bot.example.org/divergences', filters: { actor: 'Vladimir Putin', minScore: 0.6 }, createdAt: '2025-05-20T08:00:00.000Z' }] });
export type Webhook = z.infer<typeof Webhook>;

export const WebhooksQuery = z.object({ limit: Limit, cursor: Cursor });

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const WebhookDelivery = z
  .object({
    id: Id.describe('Also sent as the x-divergence-delivery header'),
    webhookId: Id,
    divergenceId: Id,
    status: DeliveryStatus.describe('pending until a 2xx answer (delivered) or the last allowed attempt (failed)'),
    attempts: z.number().int().describe('POSTs made so far'),
    lastStatusCode: z.number().int().nullable().describe('HTTP status of the last attempt; null when it got no answer'),
    lastError: z.string().nullable().describe('Why the last attempt failed; null when it succeeded or none was made'),
    nextAttemptAt: z.string().nullable().describe('When the next attempt is due; null once delivered or failed'),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({
    examples: [
      {
        id: 'dlv_7',
        webhookId: 'whk_1',
        divergenceId: 'div_12',
        status: 'pending',
        attempts: 1,
        lastStatusCode: 503,
        lastError: 'HTTP 503',
        nextAttemptAt: '2025-05-20T08:00:20.000Z',
        deliveredAt: null,
        createdAt: '2025-05-20T08:00:00.000Z',
      },
    ],
  });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const DeliveriesQuery = z.object({
  status: DeliveryStatus.optional(),
  limit: Limit,
  cursor: Cursor,
});

/** The JSON body POSTed to a webhook's url. */
export const WebhookPayload = z.object({
  type: z.literal('divergence.created'),
  divergence: Divergence.describe('As GET /divergences/:id returns it'),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;
