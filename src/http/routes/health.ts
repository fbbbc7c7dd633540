import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../../../schemas/index.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';
import { problem, sendProblem } from '../problem.js';

const started = Date.now();

export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, version }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and store counts',
        response: { 200: Health, ...problems(503) },
      },
    },
    async (req, reply) => {
      try {
        const counts = await store.counts();
        return { status: 'ok' as const, store: store.dialect, version, uptimeSeconds: Math.round((Date.now() - started) / 1000), counts };
      } catch (err) {
        req.log.error({ err }, 'store unavailable');
        return sendProblem(reply, problem(503, 'STORE_UNAVAILABLE', 'The store does not answer'));
      }
    },
  );
};
