import { errorStatuses, type ErrorCode, type FieldErrorCode, type ValidationIssue } from '@jumelage/contracts';

/**
 * A failure the client can act on. Services throw these; the error handler turns them into
 * `{ error: { code, message, requestId } }` with the code's status (`errorStatuses`), and the web
 * app translates the code, with the numbers in `params`.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, number> | undefined;
  readonly issues: ValidationIssue[] | undefined;

  constructor(code: ErrorCode, message: string, details: { params?: Record<string, number>; issues?: ValidationIssue[] } = {}) {
    super(message);
    this.code = code;
    this.status = errorStatuses[code];
    this.params = details.params;
    this.issues = details.issues;
  }
}

export function notFound(what = 'This resource'): AppError {
  return new AppError('not_found', `${what} does not exist or is not visible to you`);
}

/** A field the service refused (the schema let it through): `invalidField('body.endsOn', 'reversed_range', 'the project must not end before it starts')`. */
export function invalidField(path: string, code: FieldErrorCode, message: string): AppError {
  return new AppError('validation_failed', `${path} ${message}`, { issues: [{ path, code, message }] });
}
