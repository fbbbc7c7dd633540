import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const OPENAPI_INFO = {
  title: 'divergence',
  description:
    'Reads news articles, finds who said what, groups statements about the same event, pairs the accounts of different actors ' +
    'and scores how far they diverge, with cues (character spans) a person can check. Errors are application/problem+json with a stable `code`; lists are cursor-paginated.',
};

/** OpenAPI from the zod schemas of every route; UI at /docs, document at /openapi.json. */
export async function registerSwagger(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { ...OPENAPI_INFO, version },
      tags: [
        { name: 'divergences', description: 'Scored pairs of statements and the live feed' },
        { name: 'documents', description: 'Articles in' },
        { name: 'events', description: 'Statements grouped by what happened' },
        { name: 'statements', description: 'Who said what; add statements you already have' },
        { name: 'actors', description: 'People and bodies that speak' },
        { name: 'compare', description: 'Score two texts without storing anything' },
        { name: 'webhooks', description: 'New divergences POSTed to your URL, signed, with retries' },
        { name: 'health', description: 'Operations' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
