import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from './client.ts';
import { fieldMessages, textRulesBrokenBy } from './field-errors.ts';

const refused = new ApiError('validation_failed', 400, 'The request is invalid', 'id', [
  { path: 'body.title', message: 'must not contain invisible or text-direction characters', rule: 'invisible_characters' },
  { path: 'body.pupils.3.lastName', message: 'must not contain control characters', rule: 'control_characters' },
  { path: 'body.endsOn', message: 'must be a date such as 2027-09-01' },
]);
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
