import { describe, it } from 'node:test';
import { verdict } from '../../platform/auth/policy.ts';
import { assertVerdicts, people, type Person } from '../../test/actors.ts';
import { adminPolicy } from './policy.ts';

describe('admin policy', () => {
  it('keeps the officers and the outbox for administrators', () => {
    const refusedTo: Person[] = ['teacher', 'pendingTeacher', 'rejectedTeacher', 'officer', 'officerElsewhere', 'pupil'];
    assertVerdicts(
      (['manageOfficers', 'readOutbox'] as const).flatMap((action) => [
        [`admin ${action}`, 'ok', () => verdict(adminPolicy, people.admin, action)] as const,
        [`anonymous ${action}`, 401, () => verdict(adminPolicy, people.anonymous, action)] as const,
        ...refusedTo.map((person) => [`${person} ${action}`, 403, () => verdict(adminPolicy, people[person], action)] as const),
      ]),
    );
  });
});
