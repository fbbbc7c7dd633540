import type { FastifyInstance } from 'fastify';
import fastJsonStringify from 'fast-json-stringify';
import { z } from 'zod';

// Responses are described by zod (the one source of truth) but serialised by fast-json-stringify
// from the equivalent JSON Schema: serialising through zod cost ~44% of throughput.
export function registerFastSerializer(app: FastifyInstance): void {
  app.setSerializerCompiler(({ schema }) => {
    if (schema instanceof z.ZodType) {
      const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
      return fastJsonStringify(json as Parameters<typeof fastJsonStringify>[0]);
    }
    return fastJsonStringify(schema as Parameters<typeof fastJsonStringify>[0]);
  });
}
