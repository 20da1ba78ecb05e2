import {
  isSchema,
  operationUrl,
  type ErrorBody,
  type ErrorCode,
  type Operation,
  type OperationAnswering,
  type AllOptional,
  type OperationInput,
  type QueryValue,
  type ResponseOf,
  type ValidationIssue,
} from '@jumelage/contracts';

/** A failure the API explained: its stable code is what the page translates. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode | 'network';
  readonly status: number;
  readonly requestId: string | undefined;
  readonly issues: ValidationIssue[];
  /** The numbers the translated message gives (`max` pages). */
  readonly params: Record<string, number>;

  constructor(
    code: ErrorCode | 'network',
    status: number,
    message: string,
    requestId?: string,
    details: { issues?: ValidationIssue[] | undefined; params?: Record<string, number> | undefined } = {},
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.requestId = requestId;
    this.issues = details.issues ?? [];
    this.params = details.params ?? {};
  }
}

/**
 * Whether a failed load is tried again (once): a failure on the way or on our side may pass the
 * second time; a refusal (4xx: not found, forbidden) would not, and only delays the page saying so.
 */
export function retriesLoad(failures: number, error: unknown): boolean {
  return failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
}

// Set when a session opens; sent with every change (the server refuses changes without it).
let csrfToken: string | undefined;

export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** For requests this module does not send itself (file uploads with progress, see upload.ts). */
export function currentCsrfToken(): string | undefined {
  return csrfToken;
}

export type CallInput<O extends Operation> = OperationInput<O> & { signal?: AbortSignal };
/** The input may be left out when the operation needs none. */
type CallArguments<O extends Operation> = AllOptional<CallInput<O>> extends true ? [input?: CallInput<O>] : [input: CallInput<O>];
export type UrlInput<O extends Operation> = Omit<OperationInput<O>, 'body'>;

/**
 * Our own API, by its operations (packages/contracts): no path is written by hand, and what a call
 * sends and answers has the operation's types.
 */
export const api = {
  /** Calls the operation; any failure becomes an ApiError. Changes carry the session's CSRF token. */
  async call<O extends Operation>(operation: O, ...[input]: CallArguments<O>): Promise<ResponseOf<O>> {
    const { body, signal } = (input ?? {}) as { body?: unknown; signal?: AbortSignal };
    return send(operation, urlOf(operation, input ?? {}), body, signal);
  },

  /** Calls a search whose query is the page's own URL query as it stands (its filters): the server checks it. */
  async search<Result>(operation: OperationAnswering<Result>, query: URLSearchParams, signal?: AbortSignal): Promise<Result> {
    return send(operation, `${operationUrl(operation)}?${query.toString()}`, undefined, signal) as Promise<Result>;
  },

  /** The operation's URL, for what the browser fetches itself: a link, an image, a download, a WebSocket. */
  url<O extends Operation>(
    operation: O,
    ...[input]: AllOptional<UrlInput<O>> extends true ? [input?: UrlInput<O>] : [input: UrlInput<O>]
  ): string {
    return urlOf(operation, input ?? {});
  },
};

/** For a mutation whose variables are the call it makes: `mutate(() => api.call(operation, input))`. */
export const runCall = <Answer>(call: () => Promise<Answer>): Promise<Answer> => call();

/** The operation's path with the values put in, and its query. */
export function urlOf<O extends Operation>(operation: O, input: UrlInput<O> | CallInput<O> | Record<string, never>): string {
  const { params, query } = input as { params?: Record<string, string>; query?: Record<string, QueryValue> };
  return operationUrl(operation, params, query);
}

async function send<O extends Operation>(
  operation: O,
  url: string,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<ResponseOf<O>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (operation.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method: operation.method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, (error as Error).message);
  }
  if (!response.ok)
    throw apiErrorFrom(response.status, response.statusText, (await response.json().catch(() => undefined)) as ErrorBody | undefined);
  return answerOf(operation, response.status, response.status === 204 ? undefined : await response.json());
}

// Vite sets import.meta.env (and drops the checks from the production bundle); the unit tests run without it.
const inDevelopment = typeof import.meta.env === 'object' && import.meta.env.DEV;

/** A successful answer, as its operation declares it: in development, checked against the schema. */
export function answerOf<O extends Operation>(operation: O, status: number, answer: unknown): ResponseOf<O> {
  if (inDevelopment) checkAnswer(operation, status, answer);
  return answer as ResponseOf<O>;
}

/** An answer outside its operation's schema is our bug: in development it fails loudly, where it happens. */
export function checkAnswer(operation: Operation, status: number, answer: unknown): void {
  const schema = operation.response[status];
  if (!isSchema(schema)) return;
  const checked = schema.safeParse(answer);
  if (!checked.success)
    throw new Error(`${operation.method} ${operation.path} answered ${status} outside its contract: ${checked.error.message}`);
}

/** The failure an answer stands for: the API's explanation, or one made from the status. */
export function apiErrorFrom(status: number, statusText: string, errorBody: ErrorBody | undefined): ApiError {
  if (!errorBody?.error) return new ApiError(status >= 500 ? 'service_unavailable' : 'internal_error', status, statusText);
  const { code, message, requestId, issues, params } = errorBody.error;
  return new ApiError(code, status, message, requestId, { issues, params });
}
