import type { Account } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';

/**
 * Who may do what with accounts. Deny by default: each rule names who is allowed.
 * A pending or rejected teacher may sign in and edit their own profile, nothing more.
 */
export const accountPolicy = {
  editOwnProfile: (actor: Actor) => actor.role === 'teacher' || actor.role === 'nss' || actor.role === 'admin',
  /** Change the address, delete the account: a pupil's account is in their teacher's hands. */
  manageOwnAccount: (actor: Actor) => actor.role !== 'pupil',
  useTeacherTools: (actor: Actor) => actor.role === 'teacher' && actor.status === 'validated',
  requestNewReview: (actor: Actor) => actor.role === 'teacher' && actor.status === 'rejected',
  validateTeachersOf: (actor: Actor, countryCode: string | null) =>
    actor.role === 'admin' || (actor.role === 'nss' && countryCode !== null && actor.countryCode === countryCode),
  validateTeachers: (actor: Actor) => actor.role === 'admin' || actor.role === 'nss',
  manageOfficers: (actor: Actor) => actor.role === 'admin',
};

export const pupilAccountManaged = "A pupil's account is managed by a teacher of their school";

export function abilitiesOf(actor: Actor): Account['can'] {
  return {
    editProfile: accountPolicy.editOwnProfile(actor),
    manageAccount: accountPolicy.manageOwnAccount(actor),
    useTeacherTools: accountPolicy.useTeacherTools(actor),
    requestReview: accountPolicy.requestNewReview(actor),
    validateTeachers: accountPolicy.validateTeachers(actor),
    manageOfficers: accountPolicy.manageOfficers(actor),
  };
}
