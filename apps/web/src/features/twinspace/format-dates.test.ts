import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDay, formatWhen } from './format-dates.ts';

describe('dates in the TwinSpace', () => {
  const now = Date.parse('2027-03-10T12:00:00Z');

  it('says how long ago within a week, the date after that', () => {
    assert.equal(formatWhen('2027-03-10T11:59:30Z', 'en', now), 'now');
    assert.equal(formatWhen('2027-03-10T09:00:00Z', 'en', now), '3 hours ago');
    assert.equal(formatWhen('2027-03-09T12:00:00Z', 'fr', now), 'hier');
    assert.equal(formatWhen('2027-02-01T12:00:00Z', 'en', now), 'Feb 1, 2027');
  });

  it('writes a calendar day the same in every time zone', () => {
    assert.equal(formatDay('2027-09-01', 'fr'), '1 sept. 2027');
  });
});
