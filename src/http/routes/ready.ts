import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Ready } from '../../../schemas/index.js';
import type { RouteDeps } from '../deps.js';
import { problem, sendProblem } from '../problem.js';
import { problems } from '../responses.js';

export const readyRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the store answers and has migrated',
        description: 'For load balancers and orchestrators: 200 when this instance can serve requests, 503 (NOT_READY) when its store does not answer or lacks a table. GET /health is liveness.',
        response: { 200: Ready, ...problems(503) },
      },
    },
    async (req, reply) => {
      try {
        await store.ready();
        return { status: 'ready' as const, store: store.dialect };
      } catch (err) {
        req.log.warn({ err }, 'not ready');
        return sendProblem(reply, problem(503, 'NOT_READY', 'The store does not answer or has not been migrated', { instance: req.url }));
      }
    },
  );
};
