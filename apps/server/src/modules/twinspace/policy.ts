import { anyone, definePolicy, inState, rule, rulesOn, type Condition, type Person } from '../../platform/auth/policy.ts';
import type { Membership } from './access.ts';

/** A TwinSpace as one person stands in it: their membership (see access.ts), none when they are not in it. */
export type TwinspaceSubject = Membership | undefined;
/** A pupil of the TwinSpace as a member reads them. */
export type PupilInTwinspace = { member: Membership | undefined; pupilSchoolId: string };

const teacher = (_person: Person, member: Membership) => member.role !== 'pupil';
/** A closed project is read-only for everyone. */
export const active = (member: Membership) => member.projectStatus === 'active';

/** The condition of every change in a TwinSpace: its project is active, for the membership the subject gives. */
export function whileActive<Subject>(membershipOf: (subject: Subject) => Membership): Condition<Subject> {
  return inState((subject) => active(membershipOf(subject)), 'twinspace_read_only', 'The project is closed: its TwinSpace is read-only');
}
export const activeTwinspace = whileActive((member: Membership) => member);

/** A TwinSpace someone is not in does not exist for them: strangers learn nothing from a 403. */
export const onTwinspace = rulesOn({
  name: 'This TwinSpace',
  see: (_person, member: TwinspaceSubject): member is Membership => member !== undefined,
});
const onPupilIn = rulesOn({
  name: 'This TwinSpace',
  see: (_person, pupil: PupilInTwinspace): pupil is { member: Membership; pupilSchoolId: string } => pupil.member !== undefined,
});

/**
 * Who may do what in a TwinSpace. Founders and member teachers administer it; pupils work in it;
 * a closed project is read-only for everyone.
 */
export const twinspacePolicy = definePolicy({
  /** A pupil's whole world on the platform; and every validated teacher's. */
  listMine: rule((person) => person.role === 'pupil' || (person.role === 'teacher' && person.status === 'validated')),
  read: onTwinspace(anyone),
  write: onTwinspace(anyone, activeTwinspace),
  administer: onTwinspace(teacher),
  /** The teachers, while the project is active (a closed one refuses: 403). */
  managePupils: onTwinspace((person, member) => teacher(person, member) && active(member)),
  /** Which tagged pupils keep a page or material from going public (their consent only if looked after). */
  seePublicationBlockers: onTwinspace(teacher),
  /** A pupil's last name: for the teachers of their own school only. */
  seePupilInFull: onPupilIn((_person, { member, pupilSchoolId }) => member.role !== 'pupil' && member.schoolId === pupilSchoolId),
});
