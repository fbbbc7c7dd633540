import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../../errors.js';
import { DOMAIN_STATUS, problem, sendProblem } from '../problem.js';

// Fastify's own error codes that are the client's fault, with our stable codes.
const CLIENT_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_CONTENT_LENGTH'],
};

/** Every error leaves as application/problem+json with a stable `code`. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof DomainError) {
      return sendProblem(reply, problem(DOMAIN_STATUS[err.code], err.code, err.message, { instance: req.url }));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        path: [err.validationContext ?? '', ...String(v.instancePath ?? '').split('/').filter(Boolean)].filter(Boolean).join('.'),
        message: v.message ?? 'invalid',
      }));
      const detail = errors.map((e) => `${e.path || 'input'}: ${e.message}`).join('; ');
      return sendProblem(reply, problem(400, 'VALIDATION_FAILED', detail, { errors, instance: req.url }));
    }
    const known = err.code ? CLIENT_ERRORS[err.code] : undefined;
    if (known) return sendProblem(reply, problem(known[0], known[1], err.message, { instance: req.url }));
    if (err instanceof SyntaxError || (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)) {
      const status = err.statusCode ?? 400;
      return sendProblem(reply, problem(status, status === 400 ? 'BAD_REQUEST' : 'CLIENT_ERROR', err.message, { instance: req.url }));
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, problem(500, 'INTERNAL', 'The service failed to answer; the error was logged.', { instance: req.url }));
  });

  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, problem(404, 'ROUTE_NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`, { instance: req.url })),
  );
}
