import { describe, it } from 'node:test';
import { verdict } from '../../platform/auth/policy.ts';
import {
  askerIn,
  assertVerdicts,
  membership,
  people,
  tableRows,
  twinspaceStates,
  twinspaceUnnamed,
  type Person,
} from '../../test/actors.ts';
import { twinspacePolicy } from './policy.ts';

const teachers = { founder: 'ok ok', 'member teacher': 'ok ok' };
const activeTeachers = { founder: 'ok 403', 'member teacher': 'ok 403' };

const table = {
  read: { ...teachers, pupil: 'ok ok' },
  write: { founder: 'ok 409', 'member teacher': 'ok 409', pupil: 'ok 409' },
  administer: teachers,
  managePupils: activeTeachers,
  seePublicationBlockers: teachers,
};

describe('TwinSpace policy', () => {
  it('answers every action, for every place, active or closed', () => {
    assertVerdicts(
      tableRows(table, twinspaceUnnamed, twinspaceStates, (action, asker, status) => {
        const { person, member } = askerIn(asker, status);
        return verdict(twinspacePolicy, person, action, member);
      }),
    );
  });

  it("shows a pupil's last name to the teachers of the pupil's school only", () => {
    const { teacher, pupil } = people;
    assertVerdicts([
      [
        'a teacher of the same school',
        'ok',
        () => verdict(twinspacePolicy, teacher, 'seePupilInFull', { member: membership('member', 'active'), pupilSchoolId: 'school' }),
      ],
      [
        'a teacher of a partner school',
        403,
        () =>
          verdict(twinspacePolicy, teacher, 'seePupilInFull', {
            member: membership('founder', 'active', 'partner school'),
            pupilSchoolId: 'school',
          }),
      ],
      [
        'a pupil of the same school',
        403,
        () => verdict(twinspacePolicy, pupil, 'seePupilInFull', { member: membership('pupil', 'active'), pupilSchoolId: 'school' }),
      ],
      [
        'someone not in the TwinSpace',
        404,
        () => verdict(twinspacePolicy, teacher, 'seePupilInFull', { member: undefined, pupilSchoolId: 'school' }),
      ],
    ]);
  });

  it('lists TwinSpaces to pupils and validated teachers', () => {
    const expected = {
      teacher: 'ok',
      pupil: 'ok',
      pendingTeacher: 403,
      rejectedTeacher: 403,
      officer: 403,
      officerElsewhere: 403,
      admin: 403,
      anonymous: 401,
    } as const;
    assertVerdicts(
      Object.entries(expected).map(
        ([person, answer]) => [person, answer, () => verdict(twinspacePolicy, people[person as Person], 'listMine')] as const,
      ),
    );
  });
});
