import type { z } from 'zod';
import type { ErrorCode } from './errors.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request body that is not JSON: the bytes of one file (`application/octet-stream`), as they come. */
export type FileBody = { readonly kind: 'file' };
/** An answer that is not JSON: bytes of the given type (a file, a page), described in the headers. */
export type FileAnswer = { readonly kind: 'file'; readonly mediaType: string };
/** No HTTP answer: the connection becomes a WebSocket speaking the given protocol. */
export type WebSocketAnswer = { readonly kind: 'websocket'; readonly protocol: string };

/** Per status: the JSON schema of the answer, `null` for no content, or what is not JSON. */
export type Answer = z.ZodType | null | FileAnswer | WebSocketAnswer;

/**
 * One thing the API does, declared once: the server registers its route from it, the web app
 * calls it through its typed client, and the API reference is generated from it.
 */
export type Operation = {
  readonly method: HttpMethod;
  /** `:name` stands for one path segment, named in `params`. */
  readonly path: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType | FileBody;
  /** Every answer that is not an error, by status. */
  readonly response: Readonly<Partial<Record<number, Answer>>>;
  /**
   * The refusals of the operation itself, each answered with its status in `errorStatuses`.
   * What the platform may answer to any request is added by `errorsOf`.
   */
  readonly errors: readonly ErrorCode[];
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** Left out of the API reference. */
  readonly hidden?: boolean;
  /** Still answered to a pupil whose card password must change: who am I, sign out, change it. */
  readonly whilePasswordMustChange?: boolean;
};

export const fileBody: FileBody = { kind: 'file' };

/** Whether an answer or a body is JSON described by a schema (zod's schemas carry `_zod`). */
export function isSchema(value: Answer | FileBody | undefined): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

export function fileAnswer(mediaType = 'application/octet-stream'): FileAnswer {
  return { kind: 'file', mediaType };
}

export function webSocketAnswer(protocol: string): WebSocketAnswer {
  return { kind: 'websocket', protocol };
}

const pathParameter = /:(\w+)/g;

/** Declares an operation; its `params` must name exactly the path's `:name` segments. */
export function defineOperation<const O extends Operation>(operation: O): O {
  const inPath = [...operation.path.matchAll(pathParameter)].map((match) => match[1]).sort();
  const declared = Object.keys(operation.params?.shape ?? {}).sort();
  if (inPath.join() !== declared.join()) {
    throw new Error(
      `${operation.method} ${operation.path}: params name ${declared.join(', ') || 'nothing'}, the path ${inPath.join(', ') || 'nothing'}`,
    );
  }
  return operation;
}

const unsafeMethods: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Every error an operation may answer: its own, and the platform's (an invalid request, a change
 * from another site, a body too large or of another type, a card password still to change, a failure
 * on our side).
 */
export function errorsOf(operation: Operation): ErrorCode[] {
  const takesInput = operation.params !== undefined || operation.query !== undefined || operation.body !== undefined;
  const platform: Array<[ErrorCode, boolean]> = [
    ['validation_failed', takesInput],
    ['csrf_failed', unsafeMethods.includes(operation.method)],
    ['payload_too_large', operation.body !== undefined],
    ['unsupported_media_type', operation.body !== undefined],
    ['password_change_required', operation.path.startsWith('/api/') && !operation.whilePasswordMustChange],
    ['internal_error', true],
  ];
  return [...new Set([...operation.errors, ...platform.flatMap(([code, applies]) => (applies ? [code] : []))])];
}

type SuccessStatus = 200 | 201 | 202 | 204;
type Parsed<A> = A extends z.ZodType ? z.output<A> : A extends null ? undefined : never;

/** What a successful call answers, as its schema gives it (nothing for 204). */
export type ResponseOf<O extends Operation> = { [S in keyof O['response'] & SuccessStatus]: Parsed<O['response'][S]> }[keyof O['response'] &
  SuccessStatus];

/** An operation whose successful answer (200) is a T. */
export type OperationAnswering<T> = Operation & { readonly response: { readonly 200: z.ZodType<T> } };

/** The query an operation takes, as it is given (before parsing). */
export type QueryInput<O extends Operation> = O['query'] extends z.ZodType ? z.input<O['query']> : never;

type ParamsPart<O extends Operation> = O['params'] extends z.ZodType ? { params: z.input<O['params']> } : { params?: never };
/** Whether every field of T may be left out. */
export type AllOptional<T> = Partial<T> extends T ? true : false;

type QueryPart<O extends Operation> = O['query'] extends z.ZodType
  ? AllOptional<QueryInput<O>> extends true
    ? { query?: QueryInput<O> }
    : { query: QueryInput<O> }
  : { query?: never };
type BodyPart<O extends Operation> = O['body'] extends z.ZodType ? { body: z.input<O['body']> } : { body?: never };

/** What a call of the operation sends: the path's values, the query and the JSON body it declares. */
export type OperationInput<O extends Operation> = ParamsPart<O> & QueryPart<O> & BodyPart<O>;

export type QueryValue = string | number | boolean | null | undefined;

/** The URL of an operation: its path with the values put in, and a query string. */
export function operationUrl(
  operation: Pick<Operation, 'path'>,
  params: Record<string, string> = {},
  query: Record<string, QueryValue> = {},
): string {
  const path = operation.path.replace(pathParameter, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operation.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(
    Object.entries(query).flatMap(([name, value]): Array<[string, string]> =>
      value === undefined || value === null || value === '' ? [] : [[name, String(value)]],
    ),
  ).toString();
  return search ? `${path}?${search}` : path;
}
