import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Statement, StatementsQuery, page } from '../../../schemas/index.js';
import { actorIdsFor } from '../../service/actor-filter.js';
import { statementView } from '../../service/views.js';
import { rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

export const statementRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
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
