import type { PageEditors } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Membership } from './access.ts';

/**
 * Who may do what in a TwinSpace, once membership is known (see access.ts). Founders and member
 * teachers administer it; pupils work in it; a closed project is read-only for everyone.
 */
export const twinspacePolicy = {
  write: (member: Membership) => member.projectStatus === 'active',
  administer: (member: Membership) => member.role !== 'pupil',
  managePupils: (member: Membership) => member.role !== 'pupil' && member.projectStatus === 'active',
  editPage: (member: Membership, editors: PageEditors) => member.projectStatus === 'active' && (editors === 'everyone' || member.role !== 'pupil'),
  /** A pupil's last name, username and consent: for the teachers of their own school only. */
  seePupilInFull: (member: Membership, pupilSchoolId: string) => member.role !== 'pupil' && member.schoolId === pupilSchoolId,
  seeConsent: (member: Membership) => member.role !== 'pupil',
  /** Outside any project: a pupil's account is looked after by the teachers of their school. */
  lookAfterPupilsOf: (actor: Actor, actorSchoolId: string | null, pupilSchoolId: string) =>
    actor.role === 'teacher' && actor.status === 'validated' && actorSchoolId === pupilSchoolId,
};
