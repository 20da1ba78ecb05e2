import { describe, it } from 'node:test';
import { verdict } from '../../platform/auth/policy.ts';
import { assertVerdicts, people, type Expected, type Person } from '../../test/actors.ts';
import { contactsPolicy } from './policy.ts';

describe('correspondents policy', () => {
  it("lets the country's officers, and admins, keep its correspondents", () => {
    const expected: Record<Person, Expected> = {
      officer: 'ok',
      admin: 'ok',
      officerElsewhere: 403,
      teacher: 403,
      pendingTeacher: 403,
      rejectedTeacher: 403,
      pupil: 403,
      anonymous: 401,
    };
    assertVerdicts(
      Object.entries(expected).map(
        ([person, answer]) =>
          [person, answer, () => verdict(contactsPolicy, people[person as Person], 'editContactsOf', { countryCode: 'FR' })] as const,
      ),
    );
  });
});
