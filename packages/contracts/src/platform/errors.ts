import { z } from 'zod';
import { textRuleNames } from './text.ts';

/**
 * Every error the API answers with has one of these stable codes. The web app translates
 * `errors.<code>` from its catalogs; the English `message` is for logs and API users.
 */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'email_not_confirmed',
  'invalid_token',
  'account_not_validated',
  'password_change_required',
  'account_consent_missing',
  'image_consent_missing',
  'not_found',
  'conflict',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'too_many_uploads',
  'service_unavailable',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** The HTTP status each code is answered with, in one place: the server's errors and the API reference use it. */
export const errorStatuses = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  invalid_credentials: 401,
  email_not_confirmed: 403,
  invalid_token: 400,
  account_not_validated: 403,
  password_change_required: 403,
  account_consent_missing: 403,
  image_consent_missing: 409,
  not_found: 404,
  conflict: 409,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  too_many_uploads: 429,
  service_unavailable: 503,
  internal_error: 500,
} as const satisfies Record<ErrorCode, number>;

export const validationIssueSchema = z.object({
  path: z.string().describe('Where the problem is, e.g. `body.email` or `query.limit`'),
  message: z.string().describe('What is wrong, in English'),
  rule: z.enum(textRuleNames).optional().describe('Text refused for the characters it holds: which rule it broke'),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).describe('Stable, machine-readable code'),
      message: z.string().describe('Human-readable explanation, in English'),
      requestId: z.string().describe('Quote it when reporting a problem'),
      issues: z.array(validationIssueSchema).optional().describe('For `validation_failed`: each invalid field'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type ValidationIssue = z.infer<typeof validationIssueSchema>;
