import { z } from 'zod';
import { textRuleNames } from './text.ts';

/**
 * Every error the API answers with: its stable code, and the one HTTP status that code comes with.
 * The web app translates `errors.<code>` from its catalogs; the English `message` is for logs and
 * API users. A refusal a person can meet has its own code, so that they read what happened.
 */
export const errorStatuses = {
  validation_failed: 400,
  invalid_token: 400,
  file_empty: 400,
  teacher_not_invitable: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  email_not_confirmed: 403,
  account_not_validated: 403,
  password_change_required: 403,
  account_consent_missing: 403,
  not_found: 404,
  method_not_allowed: 405,
  /** Only for two changes that truly crossed: every other 409 says what stands in the way. */
  conflict: 409,
  email_already_registered: 409,
  account_not_rejected: 409,
  already_in_contact: 409,
  contact_request_already_sent: 409,
  contact_request_awaits_you: 409,
  idea_closed: 409,
  idea_already_answered: 409,
  project_not_editable_now: 409,
  project_status_changed: 409,
  project_not_ready: 409,
  project_changed_meanwhile: 409,
  review_already_decided: 409,
  invitation_not_possible_now: 409,
  already_member: 409,
  already_invited: 409,
  invitation_already_answered: 409,
  invitation_no_longer_valid: 409,
  founder_cannot_leave: 409,
  twinspace_not_open: 409,
  twinspace_read_only: 409,
  page_limit_reached: 409,
  image_consent_missing: 409,
  pupil_deleted_meanwhile: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  too_many_uploads: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const satisfies Record<string, 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503>;

export type ErrorCode = keyof typeof errorStatuses;
export const errorCodes = Object.keys(errorStatuses) as ErrorCode[];
/** The codes of a refusal because of the state of things (409): what a policy's state rule names. */
export type ConflictCode = { [Code in ErrorCode]: (typeof errorStatuses)[Code] extends 409 ? Code : never }[ErrorCode];

/**
 * Why a field was refused, as a code the web app translates (`fieldErrors.<code>`, with the
 * issue's `params`): the schema's checks (lengths, formats, options), the text rules, and the rules
 * between fields.
 */
export const fieldErrorCodes = [
  'required',
  'invalid',
  'invalid_email',
  'invalid_format',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_big',
  'not_an_option',
  'unknown_field',
  'reversed_range',
  'in_the_future',
  'not_in_country',
  ...textRuleNames,
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export const validationIssueSchema = z.object({
  path: z.string().describe('Where the problem is, e.g. `body.email` or `query.limit`'),
  code: z.enum(fieldErrorCodes).describe('What is wrong, as a stable code'),
  params: z
    .object({ min: z.number().optional(), max: z.number().optional() })
    .optional()
    .describe('The bounds the value broke, for `too_short`, `too_long`, `too_few`, `too_many`, `too_small`, `too_big`'),
  message: z.string().describe('What is wrong, in English'),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/**
 * The options of a schema's own check (`refine`) that give its issue a code: `.refine(inOrder,
 * { ...fieldIssue('reversed_range', 'the youngest age must not be above the oldest'), path: ['ageMax'] })`.
 */
export function fieldIssue(code: FieldErrorCode, message: string, params: ValidationIssue['params'] = {}) {
  return { message, params: { code, ...params } };
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).describe('Stable, machine-readable code; each comes with one status'),
      message: z.string().describe('Human-readable explanation, in English'),
      requestId: z.string().describe('Quote it when reporting a problem'),
      params: z.record(z.string(), z.number()).optional().describe('Numbers the explanation gives, such as `max` for `page_limit_reached`'),
      issues: z.array(validationIssueSchema).optional().describe('For `validation_failed`: each invalid field'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
