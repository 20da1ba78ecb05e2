import type { ErrorBody, ErrorCode } from '@jumelage/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import type { App } from './app-plugin.ts';
import { validationIssuesOf } from './validation-issues.ts';

/** Fastify's own errors that are the client's doing, with the code we answer them with. */
const fastifyClientErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_RATE_LIMIT: 'rate_limited',
};

/** The part of the request each schema checks, as a field's path names it. */
const checked = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' } as const;

export function installErrorHandler(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, request, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = checked[error.validationContext ?? 'body'];
      const issues = validationIssuesOf(error.validation, part, request[part]);
      return sendError(reply, request, new AppError('validation_failed', 'The request is invalid', { issues }));
    }
    const known = error.code ? fastifyClientErrors[error.code] : undefined;
    if (known) return sendError(reply, request, new AppError(known, error.message));
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, new AppError('internal_error', 'Something went wrong on our side'));
  });
}

/** The answer to a request no route matches. */
export function answerNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(reply, request, new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
}

function sendError(reply: FastifyReply, request: FastifyRequest, { code, status, message, params, issues }: AppError): FastifyReply {
  const body: ErrorBody = { error: { code, message, requestId: request.id, ...(params ? { params } : {}), ...(issues ? { issues } : {}) } };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
