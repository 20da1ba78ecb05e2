import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TFunction } from 'i18next';
import { ApiError, apiErrorFrom } from './client.ts';
import { fieldMessages, invalidFieldsOf, textRulesBrokenBy } from './field-errors.ts';

const refused = new ApiError('validation_failed', 400, 'The request is invalid', 'id', {
  issues: [
    { path: 'body.title', code: 'invisible_characters', message: 'must not contain invisible or text-direction characters' },
    { path: 'body.pupils.3.lastName', code: 'control_characters', message: 'must not contain control characters' },
    { path: 'body.endsOn', code: 'invalid_format', message: 'must be a date such as 2027-09-01' },
    { path: 'body.summary', code: 'too_long', params: { max: 600 }, message: 'Too big: expected string to have <=600 characters' },
  ],
});
const t = ((key: string, values?: Record<string, number>) =>
  `«${key}${Object.keys(values ?? {}).length > 0 ? ` ${JSON.stringify(values)}` : ''}»`) as unknown as TFunction;

describe('field errors', () => {
  it('name the rule a field broke, whatever the form', () => {
    assert.deepEqual(
      [...textRulesBrokenBy(refused)],
      [
        ['title', 'invisible_characters'],
        ['pupils.3.lastName', 'control_characters'],
      ],
    );
    const message = fieldMessages(refused, t);
    assert.equal(message('title', 'projects.invalid.title'), '«fieldErrors.invisible_characters»');
  });

  it("give the form's own message, else the words for the code with the bounds it broke, and nothing for fields that were not refused", () => {
    const message = fieldMessages(refused, t);
    assert.equal(message('endsOn', 'projects.invalid.endsOn'), '«projects.invalid.endsOn»');
    assert.equal(message('summary'), '«fieldErrors.too_long {"max":600}»');
    assert.equal(message('description'), undefined);
    assert.equal(fieldMessages(new Error('network'), t)('title', 'x'), undefined);
  });

  it('mark the fields a service refused, from the answer as the server sends it', () => {
    const body = {
      error: {
        code: 'validation_failed' as const,
        message: 'body.school.existingId is not a school of this country',
        requestId: 'id',
        issues: [{ path: 'body.school.existingId', code: 'not_in_country' as const, message: 'is not a school of this country' }],
      },
    };
    const error = apiErrorFrom(400, 'Bad Request', body);
    assert.deepEqual([...invalidFieldsOf(error)], ['school.existingId']);
    assert.equal(fieldMessages(error, t)('school.existingId'), '«fieldErrors.not_in_country»');
    assert.deepEqual(
      [
        ...invalidFieldsOf(
          apiErrorFrom(409, 'Conflict', { error: { code: 'already_invited', message: 'Anna is already invited', requestId: 'id' } }),
        ),
      ],
      [],
    );
  });
});
