import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOfIssue, pupilNamesFrom } from './pupil-names.ts';

describe('pupil names from a class list', () => {
  it('reads a first name, then the rest as the last name, one pupil per line', () => {
    assert.deepEqual(pupilNamesFrom('Léa Martin\n  Tom \n\nAnna  Maria   de la Cruz\r\n'), [
      { firstName: 'Léa', lastName: 'Martin' },
      { firstName: 'Tom', lastName: '' },
      { firstName: 'Anna', lastName: 'Maria de la Cruz' },
    ]);
  });

  it('finds the line an issue is about', () => {
    assert.equal(lineOfIssue(new Set(['accountConsentOn', 'pupils.2.lastName'])), 3);
    assert.equal(lineOfIssue(new Set(['pupils'])), undefined);
  });
});
