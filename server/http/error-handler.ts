import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail } from '../errors';

function toPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.');
}

/** The one place errors become HTTP responses: `{ error: { code, message, details } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details: ErrorDetail[] = error.validation.map((v) => ({
        // An empty path is a form-level problem (e.g. "Nothing to update"), which the web shows above the form.
        path: toPath(v.instancePath),
        message: v.message ?? 'Invalid value',
      }));
      return reply.status(400).send({
        error: { code: 'VALIDATION_FAILED', message: 'Some fields are invalid', details },
      });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Malformed JSON, oversized bodies, bad content types: the client's fault, said plainly.
      const code = status === 429 ? 'RATE_LIMITED' : status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED';
      const kept = [404, 413, 415, 429].includes(status) ? status : 400;
      return reply.status(kept).send({
        error: { code, message: error.message, details: [] },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: 'Something went wrong on our side', details: [] } });
  });
}

/**
 * Errors raised by the router before any route runs (a path parameter over the length limit, a URL
 * that cannot be decoded): the same error shape as everything else, with Fastify's status (414, 400).
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
  const message = status === 414 ? 'A path parameter is too long' : 'The address is not a valid URL';
  void reply.status(status).send({ error: { code: 'VALIDATION_FAILED', message, details: [] } });
}
