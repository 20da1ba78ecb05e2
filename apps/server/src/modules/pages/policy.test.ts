import { describe, it } from 'node:test';
import type { PageEditors } from '@jumelage/contracts';
import { verdict } from '../../platform/auth/policy.ts';
import { askerIn, assertVerdicts, tableRows, twinspaceStates, twinspaceUnnamed } from '../../test/actors.ts';
import { pagePolicy } from './policy.ts';

const teachers = { founder: 'ok 409', 'member teacher': 'ok 409' };

function pageTable(editors: PageEditors) {
  return {
    create: teachers,
    read: { founder: 'ok ok', 'member teacher': 'ok ok', pupil: 'ok ok' },
    edit: editors === 'everyone' ? { ...teachers, pupil: 'ok 409' } : teachers,
    administer: teachers,
  };
}

describe('page policy', () => {
  for (const editors of ['everyone', 'teachers'] as const) {
    it(`answers every action on a page written by ${editors}, for every place, active or closed`, () => {
      assertVerdicts(
        tableRows(pageTable(editors), twinspaceUnnamed, twinspaceStates, (action, asker, status) => {
          const { person, member } = askerIn(asker, status);
          return action === 'create'
            ? verdict(pagePolicy, person, action, member)
            : verdict(pagePolicy, person, action, { member, editors });
        }),
      );
    });
  }

  it('a page that does not exist is not found', () => {
    const { person } = askerIn('founder', 'active');
    assertVerdicts([['a founder reads a missing page', 404, () => verdict(pagePolicy, person, 'read', undefined)]]);
  });
});
