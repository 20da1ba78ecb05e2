import { anyone, definePolicy, rule, rulesOn, type Person } from '../../platform/auth/policy.ts';

/** What ties a teacher to a pupil. */
export type PupilTies = {
  teacherSchoolId: string | null;
  pupilSchoolId: string;
  /** Who created the pupil's account. */
  createdBy: string | null;
  /** TwinSpaces (active or closed) the pupil is in and the teacher is a member of. */
  sharedTwinspaces: number;
};

/**
 * A pupil is looked after by the validated teachers of the pupil's own school who created the
 * account or are members of a TwinSpace the pupil is in. Only they see the username and the
 * consents, reissue the card, record consent, unlock and delete the account: whoever can reissue
 * a card can sign in as the pupil, and so read every TwinSpace the pupil is in.
 */
function looksAfter(person: Person | undefined, ties: PupilTies | undefined): ties is PupilTies {
  return (
    person?.role === 'teacher' &&
    person.status === 'validated' &&
    ties !== undefined &&
    ties.teacherSchoolId === ties.pupilSchoolId &&
    (ties.createdBy === person.userId || ties.sharedTwinspaces > 0)
  );
}

/** A pupil someone does not look after does not exist for them, as for anyone who may not see them. */
const onPupil = rulesOn({ name: 'This pupil', see: looksAfter });

/** Who may do what with a pupil's account, from the ties of the teacher to the pupil (none: no such pupil). */
export const pupilPolicy = definePolicy({
  lookAfter: onPupil(anyone),
  /** Adding a pupil to my project would make me one of their teachers: only those who already are may. */
  addToTwinspace: rule((person, ties: PupilTies | undefined) => looksAfter(person, ties)),
});
