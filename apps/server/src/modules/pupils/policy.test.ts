import { describe, it } from 'node:test';
import { verdict } from '../../platform/auth/policy.ts';
import { assertVerdicts, people, type Expected, type Person } from '../../test/actors.ts';
import { pupilPolicy, type PupilTies } from './policy.ts';

/** The teacher `teacher` (see test/actors.ts), at the pupil's school, in a TwinSpace the pupil is in. */
const inAProjectOfThePupil: PupilTies = {
  teacherSchoolId: 'school',
  pupilSchoolId: 'school',
  createdBy: 'someone else',
  sharedTwinspaces: 1,
};

const cases: Array<[string, Person, PupilTies | undefined, lookAfter: Expected, addToTwinspace: Expected]> = [
  ['a teacher of the school in one of the pupil’s TwinSpaces', 'teacher', inAProjectOfThePupil, 'ok', 'ok'],
  ['the teacher who created the account', 'teacher', { ...inAProjectOfThePupil, sharedTwinspaces: 0, createdBy: 'teacher' }, 'ok', 'ok'],
  ['a teacher of another school in the same project', 'teacher', { ...inAProjectOfThePupil, teacherSchoolId: 'another school' }, 404, 403],
  [
    'the creator, once at another school',
    'teacher',
    { ...inAProjectOfThePupil, teacherSchoolId: 'another school', createdBy: 'teacher' },
    404,
    403,
  ],
  ['a teacher of the same school not in the pupil’s projects', 'teacher', { ...inAProjectOfThePupil, sharedTwinspaces: 0 }, 404, 403],
  ['anyone, about a pupil who does not exist', 'teacher', undefined, 404, 403],
  ['a pending teacher', 'pendingTeacher', inAProjectOfThePupil, 404, 403],
  ['a rejected teacher', 'rejectedTeacher', inAProjectOfThePupil, 404, 403],
  ['the pupil', 'pupil', inAProjectOfThePupil, 404, 403],
  ['an NSS officer', 'officer', inAProjectOfThePupil, 404, 403],
  ['an admin', 'admin', inAProjectOfThePupil, 404, 403],
  ['nobody signed in', 'anonymous', inAProjectOfThePupil, 404, 401],
];

describe('pupil policy', () => {
  it('lets the teachers who look after a pupil keep the account and add the pupil to their TwinSpaces; nobody else sees the pupil', () => {
    assertVerdicts(
      cases.flatMap(([who, person, ties, lookAfter, addToTwinspace]) => [
        [`${who} looks after the pupil`, lookAfter, () => verdict(pupilPolicy, people[person], 'lookAfter', ties)] as const,
        [
          `${who} adds the pupil to a TwinSpace`,
          addToTwinspace,
          () => verdict(pupilPolicy, people[person], 'addToTwinspace', ties),
        ] as const,
      ]),
    );
  });
});
