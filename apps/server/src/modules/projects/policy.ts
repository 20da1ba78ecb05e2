import type { invitationStatuses, ProjectRole, ProjectStatus } from '@jumelage/contracts';
import { anyone, definePolicy, rule, rulesOn, type Person } from '../../platform/auth/policy.ts';

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
export type InvitationSubject = { inviteeId: string; role: ProjectRole; status: (typeof invitationStatuses)[number]; projectStatus: ProjectStatus };

/** A teacher taken out of a project, or leaving it: their role, if they are in it. */
export type MemberSubject = ProjectSubject & { target: { userId: string; role: ProjectRole | undefined } };

/** A project as a teacher in it sees it, where the countries do not matter: only officers' rules read them. */
export function partnerSubject(status: ProjectStatus, place: ProjectRole | undefined): ProjectSubject {
  return { status, approved: status === 'active' || status === 'closed', place, foundingCountries: [], awaitingCountries: [] };
}

const validatedTeacher = (actor: Person) => actor.role === 'teacher' && actor.status === 'validated';
const officerOf = (actor: Person, countryCode: string | null) => actor.role === 'admin' || (actor.role === 'nss' && countryCode !== null && actor.countryCode === countryCode);
const officerOfProject = (actor: Person, project: ProjectSubject) => actor.role === 'admin' || project.foundingCountries.some((country) => officerOf(actor, country));

const founder = (actor: Person, project: ProjectSubject) => validatedTeacher(actor) && project.place === 'founder';
const partner = (actor: Person, project: ProjectSubject) => validatedTeacher(actor) && (project.place === 'founder' || project.place === 'member');
const during = (...statuses: ProjectStatus[]) => (project: Pick<ProjectSubject, 'status'>) => statuses.includes(project.status);
/** Founders change the content while it is theirs: not while the NSS read it, not once closed or rejected. */
const editable = during('draft', 'changes_requested', 'active');
/** Co-founders come in before submission; members once the project is active. */
const joinable: Record<ProjectRole, (project: Pick<ProjectSubject, 'status'>) => boolean> = { founder: during('draft', 'changes_requested'), member: during('active') };
const awaitingAnswerOf = (project: ProjectSubject, actor: Person) => project.status === 'submitted' && project.awaitingCountries.some((country) => officerOf(actor, country));

const statusNow: Record<ProjectStatus, string> = {
  draft: 'it is a draft',
  submitted: 'it waits for the national support services (withdraw it to change it)',
  changes_requested: 'changes were asked for',
  rejected: 'it was rejected',
  active: 'it is active',
  closed: 'it is closed (reopen it first)',
};

/**
 * Teachers see the projects they are in or invited to; officers see what founders of their country
 * submitted (admins: of every country), never a private draft. Nobody else learns a project exists.
 */
function seesProject(actor: Person | undefined, project: ProjectSubject | undefined): project is ProjectSubject {
  return project !== undefined && actor !== undefined && (project.place !== undefined || (project.status !== 'draft' && officerOfProject(actor, project)));
}

const onProject = rulesOn({
  name: 'This project',
  see: seesProject,
  notNow: (project, action) =>
    action === 'decide' && project.status === 'submitted' ? 'Your country has already decided on this submission' : `Not now (${action}): ${statusNow[project.status]}`,
});

const onInvitation = rulesOn({
  name: 'This invitation',
  see: (actor, invitation: InvitationSubject | undefined): invitation is InvitationSubject => invitation !== undefined && invitation.inviteeId === actor?.userId,
  notNow: (invitation) => (invitation.status === 'pending' ? 'The project has moved on since you were invited: this invitation can no longer be accepted' : 'This invitation was already answered or withdrawn'),
});
const pending = (invitation: InvitationSubject) => invitation.status === 'pending';

type SeenMember = ProjectSubject & { target: { userId: string; role: ProjectRole } };
const onMember = rulesOn({
  name: 'This member',
  see: (actor, member: MemberSubject | undefined): member is SeenMember => seesProject(actor, member) && member.target.role !== undefined,
  notNow: () => 'Founders stay in the project they founded',
});

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
  submit: onProject(founder, during('draft', 'changes_requested')),
  withdraw: onProject(founder, during('submitted')),
  inviteFounders: onProject(founder, joinable.founder),
  inviteMembers: onProject(founder, joinable.member),
  withdrawInvitation: onProject(founder),
  close: onProject(founder, during('active')),
  reopen: onProject(founder, during('closed')),
  publish: onProject(founder, (project) => project.status !== 'rejected'),
  /** A draft that never opened a TwinSpace: what was approved stays. */
  delete: onProject(founder, (project) => project.status === 'draft' && !project.approved),
  declineInvitation: onInvitation(validatedTeacher, pending),
  /** Accepting needs the project still open to the role: a draft submitted meanwhile takes no more co-founders. */
  acceptInvitation: onInvitation(validatedTeacher, (invitation) => pending(invitation) && joinable[invitation.role]({ status: invitation.projectStatus })),
  decide: onProject(officerOfProject, awaitingAnswerOf),
  openTwinspace: onProject(partner, during('active', 'closed')),
  /** Founders take a member out, a member leaves; founders stay, the project was approved with them. */
  removeMember: onMember((actor, { place, target }) => place === 'founder' || (place !== undefined && target.userId === actor.userId), ({ target }) => target.role !== 'founder'),
});
