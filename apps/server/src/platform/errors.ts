import type { ErrorCode, errorStatuses } from '@jumelage/contracts';

/** A code with its status in `errorStatuses`: the type refuses any other status. */
type CodeAndStatus = { [Code in ErrorCode]: [code: Code, status: (typeof errorStatuses)[Code]] }[ErrorCode];

/**
 * A failure the client can act on. Services throw these; the error handler turns them into
 * `{ error: { code, message, requestId } }` with the status, and the web app translates the code.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;

  constructor(...[code, status, message]: [...CodeAndStatus, message: string]) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

export function notFound(what = 'This resource'): AppError {
  return new AppError('not_found', 404, `${what} does not exist or is not visible to you`);
}
