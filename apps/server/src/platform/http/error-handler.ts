import { textRuleOf, type ErrorBody, type ErrorCode, type ValidationIssue } from '@jumelage/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import type { App } from './app-plugin.ts';

/** Fastify's own errors that are the client's doing, with the code we answer them with. */
const fastifyClientErrors: Record<string, { code: ErrorCode; status: number }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', status: 413 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', status: 415 },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'validation_failed', status: 400 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'validation_failed', status: 400 },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'validation_failed', status: 400 },
  FST_ERR_RATE_LIMIT: { code: 'rate_limited', status: 429 },
};

export function installErrorHandler(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, request, error.status, error.code, error.message);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext === 'querystring' ? 'query' : error.validationContext;
      const issues = error.validation.map((issue): ValidationIssue => {
        const message = issue.message ?? 'is invalid';
        const rule = textRuleOf(message);
        return { path: [context, ...issue.instancePath.split('/').filter(Boolean)].join('.'), message, ...(rule ? { rule } : {}) };
      });
      return sendError(reply, request, 400, 'validation_failed', 'The request is invalid', issues);
    }
    const known = error.code ? fastifyClientErrors[error.code] : undefined;
    if (known) return sendError(reply, request, known.status, known.code, error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 500, 'internal_error', 'Something went wrong on our side');
  });
}

/** The answer to a request no route matches. */
export function answerNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(reply, request, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  message: string,
  issues?: ValidationIssue[],
): FastifyReply {
  const body: ErrorBody = { error: { code, message, requestId: request.id, ...(issues ? { issues } : {}) } };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
