import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Divergence, DivergencesQuery, IdParams, page } from '../../../schemas/index.js';
import { notFound } from '../../errors.js';
import { divergenceFilter } from '../../service/actor-filter.js';
import { divergenceViews } from '../../service/views.js';
import { rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

export const divergenceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/divergences',
    {
      schema: {
        tags: ['divergences'],
        summary: 'Scored pairs of statements, best first',
        description: "Lists divergences with score ≥ minScore (default: the flag threshold, so only flagged pairs), each with both statements in full and cues whose spans index each statement's text.",
        querystring: DivergencesQuery,
        response: { 200: page(Divergence), ...problems(400, 404) },
      },
    },
    async (req) => {
      const q = req.query;
      const result = await store.divergences(
        await divergenceFilter(store, q, q.sort),
        { limit: q.limit, ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
      );
      return { items: await divergenceViews(store, result.items), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/divergences/:id',
    {
      schema: {
        tags: ['divergences'],
        summary: 'One divergence with both statements in full',
        params: IdParams,
        response: { 200: Divergence, ...problems(404) },
      },
    },
    async (req) => {
      const record = await store.divergence(rowId('divergence', req.params.id));
      const [view] = record ? await divergenceViews(store, [record]) : [];
      if (!view) throw notFound('divergence', req.params.id);
      return view;
    },
  );
};
