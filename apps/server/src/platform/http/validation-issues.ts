import { fieldErrorCodes, textRuleOf, type FieldErrorCode, type ValidationIssue } from '@jumelage/contracts';
import type { FastifySchemaValidationError } from 'fastify';

/** What a zod issue carries besides its code and message (fastify-type-provider-zod hands it over as `params`). */
type ZodDetails = {
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  /** A schema's own check (`fieldIssue` in contracts) names its code and bounds here. */
  params?: { code?: string; min?: number; max?: number };
};

/** The code of a size refused, by what was measured: a text's characters, a list's items, a number. */
const sizeCodes: Record<'too_small' | 'too_big', { text: FieldErrorCode; list: FieldErrorCode; other: FieldErrorCode }> = {
  too_small: { text: 'too_short', list: 'too_few', other: 'too_small' },
  too_big: { text: 'too_long', list: 'too_many', other: 'too_big' },
};

const isFieldErrorCode = (code: string | undefined): code is FieldErrorCode => (fieldErrorCodes as readonly string[]).includes(code ?? '');

/**
 * The issues of a request the schemas refused, each with the field's path (`body.school.new.town`),
 * a code and the bounds the web app words its message with. `input` is the part of the request
 * that was checked, to tell a missing field from one of the wrong type.
 */
export function validationIssuesOf(errors: readonly FastifySchemaValidationError[], context: string, input: unknown): ValidationIssue[] {
  return errors.flatMap((error): ValidationIssue[] => {
    const segments = error.instancePath.split('/').filter(Boolean);
    const details = error.params as ZodDetails;
    const message = error.message ?? 'is invalid';
    if (error.keyword === 'unrecognized_keys') {
      return (details.keys ?? []).map((key) => ({
        path: [context, ...segments, key].join('.'),
        code: 'unknown_field',
        message: `${key} is not a field of this request`,
      }));
    }
    const { code, params } = codeOf(error.keyword, message, details, valueAt(input, segments));
    return [{ path: [context, ...segments].join('.'), code, ...(params ? { params } : {}), message }];
  });
}

function codeOf(keyword: string, message: string, details: ZodDetails, value: unknown): Pick<ValidationIssue, 'code' | 'params'> {
  switch (keyword) {
    case 'too_small':
    case 'too_big': {
      const measured = details.origin === 'string' ? 'text' : details.origin === 'array' || details.origin === 'set' ? 'list' : 'other';
      const params = keyword === 'too_small' ? { min: Number(details.minimum) } : { max: Number(details.maximum) };
      return { code: sizeCodes[keyword][measured], params };
    }
    case 'invalid_format':
      return { code: textRuleOf(message) ?? (details.format === 'email' ? 'invalid_email' : 'invalid_format') };
    case 'invalid_value':
      return { code: 'not_an_option' };
    case 'invalid_type':
      return { code: value === undefined || value === null ? 'required' : 'invalid' };
    case 'custom': {
      const { code, ...params } = details.params ?? {};
      return isFieldErrorCode(code) ? { code, ...(Object.keys(params).length > 0 ? { params } : {}) } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

function valueAt(input: unknown, segments: readonly string[]): unknown {
  return segments.reduce<unknown>(
    (value, segment) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined),
    input,
  );
}
