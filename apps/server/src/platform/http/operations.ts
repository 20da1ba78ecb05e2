import { isSchema, type FileBody, type Operation, type ResponseOf } from '@jumelage/contracts';
import type { FastifyReply, FastifyRequest, FastifySchema, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import type { App } from './app-plugin.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    /** The operation the route was registered from (`route`); the API reference and the error checks read it. */
    operation?: Operation;
  }
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The request as the operation's schemas parsed it; a file's body is what came (its stream, for `application/octet-stream`). */
export type OperationRequest<O extends Operation> = FastifyRequest<{
  Params: Parsed<O['params']>;
  Querystring: Parsed<O['query']>;
  Body: O['body'] extends FileBody ? unknown : Parsed<O['body']>;
}>;

type Success<O extends Operation> = [ResponseOf<O>] extends [undefined] ? void : ResponseOf<O>;

/**
 * Answers the operation's success, which `route` sends with its status; or sends the reply itself
 * and returns it (a file, a status chosen as it runs).
 */
export type OperationHandler<O extends Operation> = (
  request: OperationRequest<O>,
  reply: FastifyReply,
) => Promise<Success<O> | FastifyReply>;

/** What only the server decides about a route. */
export type RouteOptions = Pick<RouteShorthandOptions, 'bodyLimit' | 'logLevel'>;

/**
 * Registers the route of an operation: its method and path, its schemas (input validated,
 * answers serialised through theirs), its place in the API reference (see openapi.ts).
 */
export function route<O extends Operation>(app: App, operation: O, handler: OperationHandler<O>, options: RouteOptions = {}): void {
  const success = successStatusOf(operation);
  const answersFile = Object.values(operation.response).some((answer) => !isSchema(answer) && answer?.kind === 'file');
  app.route({
    method: operation.method,
    url: operation.path,
    schema: schemaOf(operation),
    config: { operation },
    // A file is sent as it is stored: most are compressed already, and a range must stay a range.
    ...(answersFile ? { compress: false } : {}),
    ...options,
    handler: async (request, reply) => {
      const answer = await handler(request as unknown as OperationRequest<O>, reply);
      if (answer === reply) return reply;
      return reply.status(success).send(success === 204 ? null : answer);
    },
  });
}

function successStatusOf(operation: Operation): number {
  const status = Object.keys(operation.response)
    .map(Number)
    .find((code) => code >= 200 && code < 300);
  if (status === undefined) throw new Error(`${operation.method} ${operation.path}: no successful answer declared`);
  return status;
}

/** The schemas Fastify validates and serialises with: the JSON ones (the rest is for the API reference). */
function schemaOf(operation: Operation): FastifySchema & { hide?: boolean } {
  const response = Object.fromEntries(
    Object.entries(operation.response).flatMap(([status, answer]) =>
      answer === null ? [[status, z.null()]] : isSchema(answer) ? [[status, answer]] : [],
    ),
  );
  return {
    tags: [...operation.tags],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    ...(operation.hidden ? { hide: true } : {}),
    ...(operation.params ? { params: operation.params } : {}),
    ...(operation.query ? { querystring: operation.query } : {}),
    ...(isSchema(operation.body) ? { body: operation.body } : {}),
    ...(Object.keys(response).length > 0 ? { response } : {}),
  };
}
