import type { PageEditors } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Membership } from './access.ts';

/** What ties a teacher to a pupil, read by pupils/care.ts. */
export type PupilTies = {
  teacherSchoolId: string | null;
  pupilSchoolId: string;
  /** Who created the pupil's account. */
  createdBy: string | null;
  /** TwinSpaces (active or closed) the pupil is in and the teacher is a member of. */
  sharedTwinspaces: number;
};

/**
 * Who may do what in a TwinSpace, once membership is known (see access.ts). Founders and member
 * teachers administer it; pupils work in it; a closed project is read-only for everyone.
 */
export const twinspacePolicy = {
  write: (member: Membership) => member.projectStatus === 'active',
  administer: (member: Membership) => member.role !== 'pupil',
  managePupils: (member: Membership) => member.role !== 'pupil' && member.projectStatus === 'active',
  editPage: (member: Membership, editors: PageEditors) => member.projectStatus === 'active' && (editors === 'everyone' || member.role !== 'pupil'),
  /** A pupil's last name: for the teachers of their own school only. */
  seePupilInFull: (member: Membership, pupilSchoolId: string) => member.role !== 'pupil' && member.schoolId === pupilSchoolId,
  /** Which tagged pupils keep a page or material from going public (their consent only if looked after). */
  seePublicationBlockers: (member: Membership) => member.role !== 'pupil',
  /**
   * A pupil is looked after by the validated teachers of the pupil's own school who created the
   * account or are members of a TwinSpace the pupil is in. Only they see the username and the
   * consents, reissue the card, record consent, unlock and delete the account: whoever can reissue
   * a card can sign in as the pupil, and so read every TwinSpace the pupil is in.
   */
  lookAfterPupil: (teacher: Pick<Actor, 'userId' | 'role' | 'status'>, ties: PupilTies) =>
    teacher.role === 'teacher' &&
    teacher.status === 'validated' &&
    ties.teacherSchoolId === ties.pupilSchoolId &&
    (ties.createdBy === teacher.userId || ties.sharedTwinspaces > 0),
};
