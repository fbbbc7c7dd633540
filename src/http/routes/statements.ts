import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IngestResult, Statement, StatementsInput, StatementsQuery, page } from '../../../schemas/index.js';
import { ingestAndView } from '../../service/documents.js';
import { postedDocument } from '../../service/posted-statements.js';
import { actorIdsFor } from '../../service/actor-filter.js';
import { statementView } from '../../service/views.js';
import { rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

export const statementRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, feed }) => {
  app.post(
    '/statements',
    {
      schema: {
        tags: ['statements'],
        summary: 'Add statements you already have',
        description:
          'For clients that know who said what (transcripts, a quote database). The statements become one document ' +
          '(one paragraph each, so every statement keeps a span) that is grouped into an event and scored against ' +
          'what is stored, as POST /documents does for an article. Posting the same statements again creates nothing ' +
          'and answers 200.',
        body: StatementsInput,
        response: { 200: IngestResult, 201: IngestResult, ...problems(400, 413, 415) },
      },
    },
    async (req, reply) => {
      const { document, extraction } = postedDocument(req.body);
      const result = await ingestAndView(store, feed, document, extraction);
      if (result.created) reply.header('location', `/documents/${result.document.id}`);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/statements',
    {
      schema: {
        tags: ['statements'],
        summary: 'Statements, oldest first',
        querystring: StatementsQuery,
        response: { 200: page(Statement), ...problems(400, 404) },
      },
    },
    async (req) => {
      const q = req.query;
      const result = await store.statements(
        {
          ...(q.actor !== undefined ? { actorIds: (await actorIdsFor(store, q.actor)) ?? [] } : {}),
          ...(q.event !== undefined ? { eventId: rowId('event', q.event) } : {}),
          ...(q.kind !== undefined ? { kind: q.kind } : {}),
          ...(q.q !== undefined ? { q: q.q } : {}),
        },
        { limit: q.limit, ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
      );
      return { items: result.items.map(statementView), nextCursor: result.nextCursor };
    },
  );
};
