import type { invitationStatuses, ProjectRole, ProjectStatus } from '@jumelage/contracts';
import { anyone, definePolicy, inState, rule, rulesOn, type Person } from '../../platform/auth/policy.ts';

/** A project as the rules need it, read under the project's lock when a change depends on it. */
export type ProjectSubject = {
  status: ProjectStatus;
  /** Every founding country approved it once: its TwinSpace opened. */
  approved: boolean;
  /** The actor's place in it: founder, member, invited (a teacher), or none. */
  place: ProjectRole | 'invitee' | undefined;
  foundingCountries: readonly string[];
  /** The founding countries whose answer to the current submission is awaited. */
  awaitingCountries: readonly string[];
};

/** An invitation as its invitee answers it. */
export type InvitationSubject = {
  inviteeId: string;
  role: ProjectRole;
  status: (typeof invitationStatuses)[number];
  projectStatus: ProjectStatus;
};

/** A teacher taken out of a project, or leaving it: their role, if they are in it. */
export type MemberSubject = ProjectSubject & { target: { userId: string; role: ProjectRole | undefined } };

/** A project as a teacher in it sees it, where the countries do not matter: only officers' rules read them. */
export function partnerSubject(status: ProjectStatus, place: ProjectRole | undefined): ProjectSubject {
  return { status, approved: status === 'active' || status === 'closed', place, foundingCountries: [], awaitingCountries: [] };
}

const validatedTeacher = (actor: Person) => actor.role === 'teacher' && actor.status === 'validated';
const officerOf = (actor: Person, countryCode: string | null) =>
  actor.role === 'admin' || (actor.role === 'nss' && countryCode !== null && actor.countryCode === countryCode);
const officerOfProject = (actor: Person, project: ProjectSubject) =>
  actor.role === 'admin' || project.foundingCountries.some((country) => officerOf(actor, country));

const founder = (actor: Person, project: ProjectSubject) => validatedTeacher(actor) && project.place === 'founder';
const partner = (actor: Person, project: ProjectSubject) =>
  validatedTeacher(actor) && (project.place === 'founder' || project.place === 'member');
const during =
  (...statuses: ProjectStatus[]) =>
  (project: Pick<ProjectSubject, 'status'>) =>
    statuses.includes(project.status);
const awaitingAnswerOf = (project: ProjectSubject, actor: Person) =>
  project.status === 'submitted' && project.awaitingCountries.some((country) => officerOf(actor, country));

const statusNow: Record<ProjectStatus, string> = {
  draft: 'it is a draft',
  submitted: 'it waits for the national support services (withdraw it to change it)',
  changes_requested: 'changes were asked for',
  rejected: 'it was rejected',
  active: 'it is active',
  closed: 'it is closed (reopen it first)',
};
const notNow = (project: Pick<ProjectSubject, 'status'>) => `Not now: ${statusNow[project.status]}`;
/** A change of status the page offered, refused because the status changed since it was read. */
const whileStatus = (...statuses: ProjectStatus[]) => inState(during(...statuses), 'project_status_changed', notNow);

/** Founders change the content while it is theirs: not while the NSS read it, not once closed or rejected. */
const editable = inState(during('draft', 'changes_requested', 'active'), 'project_not_editable_now', notNow);
/** Co-founders come in before submission; members once the project is active. */
const joinable: Record<ProjectRole, (project: Pick<ProjectSubject, 'status'>) => boolean> = {
  founder: during('draft', 'changes_requested'),
  member: during('active'),
};
const invitable = (role: ProjectRole) =>
  inState(
    joinable[role],
    'invitation_not_possible_now',
    (project) =>
      `Not now: ${statusNow[project.status]}; ${role === 'founder' ? 'co-founders are invited before submission' : 'members are invited once the project is active'}`,
  );

/**
 * Teachers see the projects they are in or invited to; officers see what founders of their country
 * submitted (admins: of every country), never a private draft. Nobody else learns a project exists.
 */
function seesProject(actor: Person | undefined, project: ProjectSubject | undefined): project is ProjectSubject {
  return (
    project !== undefined &&
    actor !== undefined &&
    (project.place !== undefined || (project.status !== 'draft' && officerOfProject(actor, project)))
  );
}

const onProject = rulesOn({ name: 'This project', see: seesProject });

const onInvitation = rulesOn({
  name: 'This invitation',
  see: (actor, invitation: InvitationSubject | undefined): invitation is InvitationSubject =>
    invitation !== undefined && invitation.inviteeId === actor?.userId,
});
const pending = inState(
  (invitation: InvitationSubject) => invitation.status === 'pending',
  'invitation_already_answered',
  'This invitation was already answered or withdrawn',
);
/** Accepting needs the project still open to the role: a draft submitted meanwhile takes no more co-founders. */
const stillJoinable = inState(
  (invitation: InvitationSubject) => joinable[invitation.role]({ status: invitation.projectStatus }),
  'invitation_no_longer_valid',
  'The project has moved on since you were invited: this invitation can no longer be accepted',
);

type SeenMember = ProjectSubject & { target: { userId: string; role: ProjectRole } };
const onMember = rulesOn({
  name: 'This member',
  see: (actor, member: MemberSubject | undefined): member is SeenMember => seesProject(actor, member) && member.target.role !== undefined,
});
const notAFounder = inState(
  ({ target }: SeenMember) => target.role !== 'founder',
  'founder_cannot_leave',
  'Founders stay in the project they founded',
);

/** Who may do what with projects: a teacher's place in one, the project's status, an officer's country. Deny by default. */
export const projectPolicy = definePolicy({
  create: rule(validatedTeacher),
  listMine: rule(validatedTeacher),
  /** An officer decides for their country; an administrator for any. */
  review: rule((actor, country: { countryCode: string | null }) => officerOf(actor, country.countryCode)),
  read: onProject(anyone),
  edit: onProject(founder, editable),
  /** Each partner says what their school can give. */
  savePlan: onProject(partner, editable),
  submit: onProject(founder, whileStatus('draft', 'changes_requested')),
  withdraw: onProject(founder, whileStatus('submitted')),
  inviteFounders: onProject(founder, invitable('founder')),
  inviteMembers: onProject(founder, invitable('member')),
  withdrawInvitation: onProject(founder),
  close: onProject(founder, whileStatus('active')),
  reopen: onProject(founder, whileStatus('closed')),
  publish: onProject(
    founder,
    inState((project: ProjectSubject) => project.status !== 'rejected', 'project_status_changed', notNow),
  ),
  /** A draft that never opened a TwinSpace: what was approved stays. */
  delete: onProject(
    founder,
    inState((project: ProjectSubject) => project.status === 'draft' && !project.approved, 'project_status_changed', notNow),
  ),
  declineInvitation: onInvitation(validatedTeacher, pending),
  acceptInvitation: onInvitation(validatedTeacher, pending, stillJoinable),
  decide: onProject(
    officerOfProject,
    inState(awaitingAnswerOf, 'review_already_decided', 'Your country has already decided on this submission'),
  ),
  openTwinspace: onProject(
    partner,
    inState(during('active', 'closed'), 'twinspace_not_open', 'The TwinSpace opens once the national support services approve the project'),
  ),
  /** Founders take a member out, a member leaves; founders stay, the project was approved with them. */
  removeMember: onMember(
    (actor, { place, target }) => place === 'founder' || (place !== undefined && target.userId === actor.userId),
    notAFounder,
  ),
});
