import type { ErrorBody, ErrorCode } from '@jumelage/contracts';

/** A failure the API explained: its stable code is what the page translates. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode | 'network';
  readonly status: number;
  readonly requestId: string | undefined;

  constructor(code: ErrorCode | 'network', status: number, message: string, requestId?: string) {
    super(message);
    this.code = code;
    this.status = status;
    this.requestId = requestId;
  }
}

/** GETs JSON from our own API; any failure becomes an ApiError. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, (error as Error).message);
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined;
  if (!body?.error) throw new ApiError(response.status >= 500 ? 'service_unavailable' : 'internal_error', response.status, response.statusText);
  throw new ApiError(body.error.code, response.status, body.error.message, body.error.requestId);
}
