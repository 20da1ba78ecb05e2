import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../../platform/auth/actor.ts';
import { accountPolicy } from './policy.ts';

function actor(values: Partial<Actor>): Actor {
  return { userId: 'u', sessionId: 's', role: 'teacher', status: 'validated', countryCode: 'FR', ...values };
}

const pendingTeacher = actor({ status: 'pending' });
const rejectedTeacher = actor({ status: 'rejected' });
const teacher = actor({});
const frenchOfficer = actor({ role: 'nss' });
const polishOfficer = actor({ role: 'nss', countryCode: 'PL' });
const admin = actor({ role: 'admin', countryCode: null });

describe('account policy', () => {
  it('keeps teacher tools for validated teachers', () => {
    assert.equal(accountPolicy.useTeacherTools(teacher), true);
    for (const refused of [pendingTeacher, rejectedTeacher, frenchOfficer, admin]) assert.equal(accountPolicy.useTeacherTools(refused), false);
  });

  it('lets pending and rejected teachers edit their own profile', () => {
    for (const allowed of [pendingTeacher, rejectedTeacher, teacher]) assert.equal(accountPolicy.editOwnProfile(allowed), true);
  });

  it("lets only the country's officers, and admins, validate its teachers", () => {
    assert.equal(accountPolicy.validateTeachersOf(frenchOfficer, 'FR'), true);
    assert.equal(accountPolicy.validateTeachersOf(admin, 'FR'), true);
    for (const refused of [polishOfficer, teacher, pendingTeacher]) assert.equal(accountPolicy.validateTeachersOf(refused, 'FR'), false);
  });

  it('lets only admins manage officers', () => {
    assert.equal(accountPolicy.manageOfficers(admin), true);
    for (const refused of [frenchOfficer, teacher, pendingTeacher]) assert.equal(accountPolicy.manageOfficers(refused), false);
  });
});
