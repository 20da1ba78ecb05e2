import type { ErrorBody, ErrorCode, ValidationIssue } from '@jumelage/contracts';

/** A failure the API explained: its stable code is what the page translates. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode | 'network';
  readonly status: number;
  readonly requestId: string | undefined;
  readonly issues: ValidationIssue[];
  /** The numbers the translated message gives (`max` pages). */
  readonly params: Record<string, number>;

  constructor(code: ErrorCode | 'network', status: number, message: string, requestId?: string, details: { issues?: ValidationIssue[] | undefined; params?: Record<string, number> | undefined } = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.requestId = requestId;
    this.issues = details.issues ?? [];
    this.params = details.params ?? {};
  }
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

/** GETs JSON from our own API; any failure becomes an ApiError. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, undefined, signal);
}

/** Sends a change to our own API, with the session's CSRF token. */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return request<T>(method, path, body);
}

async function request<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? null : JSON.stringify(body), signal: signal ?? null, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, (error as Error).message);
  }
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  throw apiErrorFrom(response.status, response.statusText, (await response.json().catch(() => undefined)) as ErrorBody | undefined);
}

/** The failure an answer stands for: the API's explanation, or one made from the status. */
export function apiErrorFrom(status: number, statusText: string, errorBody: ErrorBody | undefined): ApiError {
  if (!errorBody?.error) return new ApiError(status >= 500 ? 'service_unavailable' : 'internal_error', status, statusText);
  const { code, message, requestId, issues, params } = errorBody.error;
  return new ApiError(code, status, message, requestId, { issues, params });
}
