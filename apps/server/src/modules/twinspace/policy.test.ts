import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../../platform/auth/actor.ts';
import { twinspacePolicy, type PupilTies } from './policy.ts';

function person(values: Partial<Actor>): Pick<Actor, 'userId' | 'role' | 'status'> {
  return { userId: 'teacher', role: 'teacher', status: 'validated', ...values };
}

const inAProjectOfThePupil: PupilTies = { teacherSchoolId: 'school', pupilSchoolId: 'school', createdBy: 'someone else', sharedTwinspaces: 1 };

describe('who looks after a pupil', () => {
  it('the teachers of the pupil’s school in one of the pupil’s TwinSpaces, and who created the account', () => {
    assert.equal(twinspacePolicy.lookAfterPupil(person({}), inAProjectOfThePupil), true);
    assert.equal(twinspacePolicy.lookAfterPupil(person({}), { ...inAProjectOfThePupil, sharedTwinspaces: 0, createdBy: 'teacher' }), true);
  });

  it('nobody else', () => {
    const refused: Array<[string, Pick<Actor, 'userId' | 'role' | 'status'>, PupilTies]> = [
      ['the pupil', person({ userId: 'pupil', role: 'pupil' }), inAProjectOfThePupil],
      ['a teacher of another school in the same project', person({}), { ...inAProjectOfThePupil, teacherSchoolId: 'another school' }],
      ['the creator, once at another school', person({}), { ...inAProjectOfThePupil, teacherSchoolId: 'another school', createdBy: 'teacher' }],
      ['a teacher of the same school not in the pupil’s projects', person({}), { ...inAProjectOfThePupil, sharedTwinspaces: 0 }],
      ['a pending teacher', person({ status: 'pending' }), inAProjectOfThePupil],
      ['a rejected teacher', person({ status: 'rejected' }), inAProjectOfThePupil],
      ['an NSS officer', person({ role: 'nss' }), inAProjectOfThePupil],
      ['an admin', person({ role: 'admin' }), inAProjectOfThePupil],
    ];
    for (const [who, actor, ties] of refused) assert.equal(twinspacePolicy.lookAfterPupil(actor, ties), false, who);
  });
});
