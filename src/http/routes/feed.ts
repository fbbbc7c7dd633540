import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../deps.js';

// Comment lines keep proxies from closing an idle stream.
const KEEPALIVE_MS = 15_000;

export const feedRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { feed }) => {
  app.get(
    '/feed',
    {
      schema: {
        tags: ['divergences'],
        summary: 'Live feed of new flagged divergences (server-sent events)',
        description: 'A text/event-stream; each `divergence` event carries one Divergence as JSON, as GET /divergences/:id returns it.',
        produces: ['text/event-stream'],
      },
    },
    (req, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': connected\n\n');
      const unsubscribe = feed.subscribe((d) => {
        res.write(`id: ${d.id}\nevent: divergence\ndata: ${JSON.stringify(d)}\n\n`);
      });
      const timer = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      timer.unref();
      const close = (): void => {
        clearInterval(timer);
        unsubscribe();
      };
      req.raw.on('close', close);
    },
  );
};
