import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CompareInput, CompareResult } from '../../../schemas/index.js';
import { compareTexts } from '../../analysis/score/compare.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

export const compareRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app) => {
  app.post(
    '/compare',
    {
      schema: {
        tags: ['compare'],
        summary: 'Score two texts against each other; nothing is stored',
        body: CompareInput,
        response: { 200: CompareResult, ...problems(400, 413, 415) },
      },
    },
    async (req) => compareTexts({ a: req.body.a, b: req.body.b, speakerA: req.body.speakerA ?? null, speakerB: req.body.speakerB ?? null }),
  );
};
