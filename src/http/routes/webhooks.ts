import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeliveriesQuery, IdParams, Problem, Webhook, WebhookDelivery, WebhookInput, WebhookPayload, WebhooksQuery, page } from '../../../schemas/index.js';
import type { WebhookSettings } from '../../config.js';
import { DomainError, notFound } from '../../errors.js';
import { registrationRefusal } from '../../service/webhook-target.js';
import { deliveryView, webhookView } from '../../service/webhook-views.js';
import { rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

const DELIVERY =
  'Each new divergence that passes the filters (by default the flagged ones; a lower minScore adds near misses) is POSTed to `url` as JSON `{"type": "divergence.created", "divergence": …}` ' +
  '(the divergence as GET /divergences/:id returns it) with headers `content-type: application/json`, `x-divergence-delivery: <delivery id>` ' +
  'and, when a secret is set, `x-divergence-signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`. ' +
  'A 2xx answer delivers it; anything else, or no answer within the timeout, is retried with exponential backoff up to the maximum number of attempts, ' +
  'then the delivery is failed. Deliveries are stored, so a restart resumes them, and each is sent by one instance at a time. ' +
  'Unless the server allows private addresses (WEBHOOK_ALLOW_PRIVATE), a url whose host is a loopback, private, link-local or other non-public IP literal, or localhost, is refused, ' +
  'and a delivery whose host name resolves to such an address fails without connecting.';

// The POST a subscriber receives, documented as an OpenAPI callback of POST /webhooks (without the draft's $schema).
const { $schema: _, ...payloadSchema } = z.toJSONSchema(WebhookPayload, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
const deliveryCallback = {
  divergenceCreated: {
    '{$request.body#/url}': {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema: payloadSchema } } },
        responses: {
          '2XX': { description: 'Delivered' },
          default: { description: 'Retried with exponential backoff up to the maximum number of attempts' },
        },
      },
    },
  },
};

export const webhookRoutes: FastifyPluginAsyncZod<RouteDeps & { webhooks: Pick<WebhookSettings, 'allowPrivate'> }> = async (app, { store, webhooks }) => {
  app.post(
    '/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Subscribe a url to new divergences',
        description: `Filters have the meanings of GET /divergences' query: \`event\` id, \`actor\` id or name (either side), \`kind\`, \`minScore\` (default: the flag threshold). ${DELIVERY} The callback below shows the payload.`,
        body: WebhookInput,
        callbacks: deliveryCallback,
        response: {
          201: Webhook,
          ...problems(400, 413, 415),
          422: Problem.describe('The url is a non-public address, or the filters name an event that does not exist (INVALID_INPUT)'),
        },
      },
    },
    async (req, reply) => {
      const { url, filters, secret } = req.body;
      const refusal = registrationRefusal(url, webhooks.allowPrivate);
      if (refusal) throw new DomainError('INVALID_INPUT', refusal);
      if (filters.event !== undefined && !(await store.event(rowId('event', filters.event)))) {
        throw new DomainError('INVALID_INPUT', `filters.event: no event with id ${JSON.stringify(filters.event)}`);
      }
      const webhook = webhookView(await store.webhooks.createWebhook({ url, secret: secret ?? null, filters }));
      reply.header('location', `/webhooks/${webhook.id}`);
      return reply.code(201).send(webhook);
    },
  );

  app.get(
    '/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Webhooks, oldest first',
        querystring: WebhooksQuery,
        response: { 200: page(Webhook), ...problems(400) },
      },
    },
    async (req) => {
      const result = await store.webhooks.webhooks({ limit: req.query.limit, ...(req.query.cursor !== undefined ? { cursor: req.query.cursor } : {}) });
      return { items: result.items.map(webhookView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'One webhook (its secret is never returned)',
        params: IdParams,
        response: { 200: Webhook, ...problems(404) },
      },
    },
    async (req) => {
      const webhook = await store.webhooks.webhook(rowId('webhook', req.params.id));
      if (!webhook) throw notFound('webhook', req.params.id);
      return webhookView(webhook);
    },
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Unsubscribe',
        description: 'Deletes the webhook with its deliveries; pending ones are not sent.',
        params: IdParams,
        response: { 204: z.null().describe('Deleted'), ...problems(404) },
      },
    },
    async (req, reply) => {
      if (!(await store.webhooks.deleteWebhook(rowId('webhook', req.params.id)))) throw notFound('webhook', req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary: "A webhook's deliveries, newest first",
        description: 'Each delivery is one divergence for this webhook: pending (with when the next attempt is due), delivered or failed, with the outcome of the last attempt.',
        params: IdParams,
        querystring: DeliveriesQuery,
        response: { 200: page(WebhookDelivery), ...problems(400, 404) },
      },
    },
    async (req) => {
      const webhookId = rowId('webhook', req.params.id);
      if (!(await store.webhooks.webhook(webhookId))) throw notFound('webhook', req.params.id);
      const q = req.query;
      const result = await store.webhooks.deliveries(
        webhookId,
        q.status !== undefined ? { status: q.status } : {},
        { limit: q.limit, ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
      );
      return { items: result.items.map(deliveryView), nextCursor: result.nextCursor };
    },
  );
};
