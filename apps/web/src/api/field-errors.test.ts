import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from './client.ts';
import { fieldMessages, textRulesBrokenBy } from './field-errors.ts';

const refused = new ApiError('validation_failed', 400, 'The request is invalid', 'id', {
  issues: [
    { path: 'body.title', code: 'invisible_characters', message: 'must not contain invisible or text-direction characters' },
    { path: 'body.pupils.3.lastName', code: 'control_characters', message: 'must not contain control characters' },
    { path: 'body.endsOn', code: 'invalid_format', message: 'must be a date such as 2027-09-01' },
  ],
});
const t = (key: string) => `«${key}»`;

describe('field errors', () => {
  it('name the rule a field broke, whatever the form', () => {
    assert.deepEqual([...textRulesBrokenBy(refused)], [['title', 'invisible_characters'], ['pupils.3.lastName', 'control_characters']]);
    const message = fieldMessages(refused, t);
    assert.equal(message('title', 'projects.invalid.title'), '«textRules.invisible_characters»');
  });

  it("give the form's own message otherwise, and nothing for fields that were not refused", () => {
    const message = fieldMessages(refused, t);
    assert.equal(message('endsOn', 'projects.invalid.endsOn'), '«projects.invalid.endsOn»');
    assert.equal(message('summary', 'projects.invalid.other'), undefined);
    assert.equal(fieldMessages(new Error('network'), t)('title', 'x'), undefined);
  });
});
