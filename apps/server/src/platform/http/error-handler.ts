import { errorStatuses, textRuleOf, type ErrorBody, type ErrorCode, type ValidationIssue } from '@jumelage/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import type { App } from './app-plugin.ts';

/** Fastify's own errors that are the client's doing, with the code we answer them with. */
const fastifyClientErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_RATE_LIMIT: 'rate_limited',
};

export function installErrorHandler(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, request, error.code, error.message);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext === 'querystring' ? 'query' : error.validationContext;
      const issues = error.validation.map((issue): ValidationIssue => {
        const message = issue.message ?? 'is invalid';
        const rule = textRuleOf(message);
        return { path: [context, ...issue.instancePath.split('/').filter(Boolean)].join('.'), message, ...(rule ? { rule } : {}) };
      });
      return sendError(reply, request, 'validation_failed', 'The request is invalid', issues);
    }
    const known = error.code ? fastifyClientErrors[error.code] : undefined;
    if (known) return sendError(reply, request, known, error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 'internal_error', 'Something went wrong on our side');
  });
}

/** The answer to a request no route matches. */
export function answerNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(reply, request, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  issues?: ValidationIssue[],
): FastifyReply {
  const body: ErrorBody = { error: { code, message, requestId: request.id, ...(issues ? { issues } : {}) } };
  return reply.status(errorStatuses[code]).type('application/json; charset=utf-8').send(body);
}
