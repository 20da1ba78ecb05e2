import { describe, it } from 'node:test';
import { verdict } from '../../platform/auth/policy.ts';
import { assertVerdicts, people, type Expected, type Person } from '../../test/actors.ts';
import { partnersPolicy } from './policy.ts';

describe('partners policy', () => {
  it('opens partner search (and contacts and ideas) to validated teachers only', () => {
    const expected: Record<Person, Expected> = {
      teacher: 'ok',
      pendingTeacher: 403,
      rejectedTeacher: 403,
      officer: 403,
      officerElsewhere: 403,
      admin: 403,
      pupil: 403,
      anonymous: 401,
    };
    assertVerdicts(
      Object.entries(expected).map(
        ([person, answer]) => [person, answer, () => verdict(partnersPolicy, people[person as Person], 'searchPartners')] as const,
      ),
    );
  });
});
