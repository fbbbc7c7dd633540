import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DASHBOARD_HTML } from '../../web/dashboard.js';
import type { RouteDeps } from '../deps.js';

export const dashboardRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app) => {
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(DASHBOARD_HTML));
};
