import { describe, it } from 'node:test';
import { verdict } from '../../platform/auth/policy.ts';
import { assertVerdicts, people, type Expected, type Person } from '../../test/actors.ts';
import { accountPolicy } from './policy.ts';

type Answers = Record<Person, Expected>;
const nobody: Answers = {
  teacher: 403,
  pendingTeacher: 403,
  rejectedTeacher: 403,
  officer: 403,
  officerElsewhere: 403,
  admin: 403,
  pupil: 403,
  anonymous: 401,
};
const officers: Answers = { ...nobody, officer: 'ok', officerElsewhere: 'ok', admin: 'ok' };

const table = {
  editProfile: { ...officers, teacher: 'ok', pendingTeacher: 'ok', rejectedTeacher: 'ok' },
  manageAccount: { ...officers, teacher: 'ok', pendingTeacher: 'ok', rejectedTeacher: 'ok' },
  useTeacherTools: { ...nobody, teacher: 'ok' },
  useTwinspaces: { ...nobody, teacher: 'ok', pupil: 'ok' },
  /** A validated teacher is already reviewed: not now (409). */
  requestReview: { ...nobody, teacher: 409, pendingTeacher: 409, rejectedTeacher: 'ok' },
  validateTeachers: officers,
  reviewProjects: officers,
  workForAnyCountry: { ...nobody, admin: 'ok' },
  manageOfficers: { ...nobody, admin: 'ok' },
} satisfies Record<string, Answers>;

describe('account policy', () => {
  it('answers every action, for every role and account status', () => {
    assertVerdicts(
      Object.entries(table).flatMap(([action, answers]) =>
        Object.entries(answers).map(
          ([person, expected]) =>
            [
              `${person} ${action}`,
              expected,
              () => verdict(accountPolicy, people[person as Person], action as keyof typeof table),
            ] as const,
        ),
      ),
    );
  });

  it("lets only the country's officers, and admins, validate its teachers", () => {
    const expected: Answers = { ...nobody, officer: 'ok', admin: 'ok' };
    assertVerdicts(
      Object.entries(expected).map(
        ([person, answer]) =>
          [person, answer, () => verdict(accountPolicy, people[person as Person], 'validateTeachersOf', { countryCode: 'FR' })] as const,
      ),
    );
    assertVerdicts([
      [
        'an officer without a country',
        403,
        () => verdict(accountPolicy, { ...people.officer, countryCode: null }, 'validateTeachersOf', { countryCode: null }),
      ],
    ]);
  });
});
