import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Actor, ActorsQuery, IdParams, page } from '../../../schemas/index.js';
import { notFound } from '../../errors.js';
import { actorView } from '../../service/views.js';
import { rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

export const actorRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/actors',
    {
      schema: {
        tags: ['actors'],
        summary: 'Actors discovered so far, with aliases, affiliation and statement counts',
        querystring: ActorsQuery,
        response: { 200: page(Actor), ...problems(400) },
      },
    },
    async (req) => {
      const result = await store.actors(req.query.q, { limit: req.query.limit, ...(req.query.cursor !== undefined ? { cursor: req.query.cursor } : {}) });
      return { items: result.items.map(actorView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/actors/:id',
    {
      schema: { tags: ['actors'], summary: 'One actor', params: IdParams, response: { 200: Actor, ...problems(404) } },
    },
    async (req) => {
      const actor = await store.actor(rowId('actor', req.params.id));
      if (!actor) throw notFound('actor', req.params.id);
      return actorView(actor);
    },
  );
};
