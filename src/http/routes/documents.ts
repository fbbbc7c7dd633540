import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DocumentDetail, DocumentInput, IdParams, IngestResult } from '../../../schemas/index.js';
import { notFound } from '../../errors.js';
import { ingestAndView } from '../../service/documents.js';
import { documentView, statementView } from '../../service/views.js';
import { rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

export const documentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, feed }) => {
  app.post(
    '/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Ingest an article',
        description:
          'Extracts its statements, groups it into an event and scores its statements against what is stored. ' +
          'Posting the same text again creates nothing and answers 200 with the stored document.',
        body: DocumentInput,
        response: { 200: IngestResult, 201: IngestResult, ...problems(400, 413, 415) },
      },
    },
    async (req, reply) => {
      const result = await ingestAndView(store, feed, req.body);
      if (result.created) reply.header('location', `/documents/${result.document.id}`);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'One stored article with its statements',
        params: IdParams,
        response: { 200: DocumentDetail, ...problems(404) },
      },
    },
    async (req) => {
      const doc = await store.document(rowId('document', req.params.id));
      if (!doc) throw notFound('document', req.params.id);
      const statements = await store.statementsOfDocument(doc.id);
      return { ...documentView(doc), statements: statements.map(statementView) };
    },
  );
};
