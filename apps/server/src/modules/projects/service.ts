import {
  projectTextFields,
  type NewProjectBody,
  type PartnerPlanBody,
  type ProjectContent,
  type ProjectDecisionBody,
  type ProjectDetail,
  type ProjectPatch,
  type ProjectTexts,
  type SavedProject,
} from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import { abilities, authorize, stateAllows, type ActionOn } from '../../platform/auth/policy.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent as recordDomainEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { recordAccessChange } from '../../platform/realtime/access-changes.ts';
import { accountPolicy } from '../accounts/module.ts';
import { forgetNotificationsAbout } from '../notifications/module.ts';
import { pendingInvitationOf, pendingInvitationsOf } from './invitation-queries.ts';
import { projectPolicy, type ProjectSubject } from './policy.ts';
import {
  askFoundingCountries,
  decideReview,
  deleteProject,
  editedRecentlyBy,
  findProject,
  historyOf,
  insertProject,
  lockProject,
  lockReview,
  membersOf,
  officersOf,
  openTwinspace,
  recordEvent,
  relationsWith,
  reviewsOf,
  setPartnerPlan,
  setProjectState,
  teacherIdsOf,
  updateProjectContent,
  type ProjectCore,
} from './queries.ts';
import { submissionProblemsOf } from './rules.ts';
import { contentOfIdea } from '../ideas/module.ts';

type Dependencies = Pick<AppDependencies, 'database' | 'events'>;

export async function createProject({ database }: Dependencies, actor: Actor, body: NewProjectBody): Promise<{ id: string }> {
  authorize(projectPolicy, actor, 'create');
  return database.db.transaction().execute(async (db) => {
    const content = body.fromIdeaId ? await contentOfIdea(db, body.fromIdeaId, actor.userId) : {};
    return { id: await insertProject(db, { title: body.title, createdBy: actor.userId, content }) };
  });
}

/** The project as the policy sees it for this person; nothing when it does not exist. */
export async function subjectOf(
  db: Kysely<Schema>,
  actor: Actor,
  project: Pick<ProjectCore, 'id' | 'status' | 'approved'> | undefined,
): Promise<ProjectSubject | undefined> {
  return project && { status: project.status, approved: project.approved, ...(await relationsWith(db, project.id, actor.userId)) };
}

const detailAbilities = [
  'edit',
  'submit',
  'withdraw',
  'inviteFounders',
  'inviteMembers',
  'close',
  'reopen',
  'publish',
  'decide',
  'delete',
  'savePlan',
  'openTwinspace',
] as const;

export async function readProject({ database }: Dependencies, actor: Actor, id: string): Promise<ProjectDetail> {
  const db = database.db;
  const project = await findProject(db, id);
  const subject = await subjectOf(db, actor, project && { ...project, approved: project.approvedAt !== null });
  authorize(projectPolicy, actor, 'read', subject);
  const viewer = subject!.place ?? 'officer';
  const [members, reviews, history, invitations, myInvitation] = await Promise.all([
    membersOf(db, id),
    reviewsOf(db, id),
    historyOf(db, id),
    viewer === 'founder' ? pendingInvitationsOf(db, id) : Promise.resolve([]),
    viewer === 'invitee' ? pendingInvitationOf(db, id, actor.userId) : Promise.resolve(undefined),
  ]);
  const problems = stateAllows(projectPolicy.rules.submit, subject!, actor) ? submissionProblemsOf(project!, members) : [];
  const can = abilities(projectPolicy, actor, detailAbilities, subject);
  return {
    project: project!,
    myRole: viewer,
    members,
    invitations,
    myInvitation: myInvitation ?? null,
    reviews,
    history,
    submissionProblems: problems,
    // Submitting needs the policy's yes and a complete project.
    can: { ...can, submit: can.submit && problems.length === 0 },
  };
}

/**
 * Runs a change of a project under the project's lock: the state the policy checks is the state
 * the change starts from. A second change of the same project waits, then sees the first one's result.
 */
export async function changeProject<T>(
  dependencies: Dependencies,
  actor: Actor,
  id: string,
  action: ActionOn<typeof projectPolicy, ProjectSubject | undefined>,
  change: (db: Kysely<Schema>, project: ProjectCore) => Promise<T>,
): Promise<T> {
  return unitOfWork(dependencies, async (db) => {
    const project = await lockProject(db, id);
    authorize(projectPolicy, actor, action, await subjectOf(db, actor, project));
    return change(db, project!);
  });
}

export async function editProject(dependencies: Dependencies, actor: Actor, id: string, patch: ProjectPatch): Promise<SavedProject> {
  return changeProject(dependencies, actor, id, 'edit', async (db, project) => {
    const current = (await findProject(db, id))!;
    const next = { ...current, ...patch };
    if (next.pupilAgeMin !== null && next.pupilAgeMax !== null && next.pupilAgeMin > next.pupilAgeMax) {
      throw invalidField('body.pupilAgeMax', 'reversed_range', 'the youngest age must not be above the oldest');
    }
    if (next.startsOn !== null && next.endsOn !== null && next.startsOn > next.endsOn) {
      throw invalidField('body.endsOn', 'reversed_range', 'the project must not end before it starts');
    }
    if (project.status === 'active') await keepTextsBefore(db, id, actor, current);
    return updateProjectContent(db, id, patch);
  });
}

/** One editing session: the founder's edits within this time after their last one. */
const editingSessionMs = 30 * 60_000;

/**
 * An approved project changes without a new review (as in eTwinning: it was approved for its
 * partnership and plan) and the gallery shows the change at once; the history keeps the texts as
 * they were before each founder's editing session.
 */
async function keepTextsBefore(db: Kysely<Schema>, id: string, actor: Actor, current: ProjectContent): Promise<void> {
  if (await editedRecentlyBy(db, id, actor.userId, editingSessionMs)) return;
  const previousTexts = Object.fromEntries(projectTextFields.map((field) => [field, current[field]])) as ProjectTexts;
  await recordEvent(db, id, 'edited', actor.userId, { previousTexts });
}

/** Each partner says what their school can give; any member, for their own school. */
export async function savePartnerPlan(dependencies: Dependencies, actor: Actor, id: string, plan: PartnerPlanBody): Promise<void> {
  await changeProject(dependencies, actor, id, 'savePlan', async (db) => {
    await setPartnerPlan(db, id, actor.userId, plan);
  });
}

export async function submitProject(dependencies: Dependencies, actor: Actor, id: string): Promise<void> {
  await changeProject(dependencies, actor, id, 'submit', async (db, project) => {
    const problems = submissionProblemsOf((await findProject(db, id))!, await membersOf(db, id));
    if (problems.length > 0) throw new AppError('project_not_ready', `The project is not ready to submit: ${problems.join(', ')}`);
    await setProjectState(db, id, { status: 'submitted', submitted: true });
    const countries = await askFoundingCountries(db, id);
    await recordEvent(db, id, 'submitted', actor.userId);
    const payload = { projectId: id, projectTitle: project.title, officerIds: await officersOf(db, countries) };
    await recordDomainEvent(db, { type: 'projects.submitted', actorId: actor.userId, subject: { type: 'project', id }, payload });
  });
}

export async function withdrawProject(dependencies: Dependencies, actor: Actor, id: string): Promise<void> {
  await changeProject(dependencies, actor, id, 'withdraw', async (db) => {
    await setProjectState(db, id, { status: 'draft' });
    await db.deleteFrom('project_country_reviews').where('project_id', '=', id).execute();
    await recordEvent(db, id, 'withdrawn', actor.userId);
  });
}

export async function closeProject(dependencies: Dependencies, actor: Actor, id: string, close: boolean): Promise<void> {
  await changeProject(dependencies, actor, id, close ? 'close' : 'reopen', async (db) => {
    await setProjectState(db, id, { status: close ? 'closed' : 'active' });
    await recordEvent(db, id, close ? 'closed' : 'reopened', actor.userId);
    // Open pages reconnect: read-only in a closed project, writable again when it reopens.
    await recordAccessChange(db, actor.userId, { projectId: id, userId: null });
  });
}

export async function setProjectVisibility(dependencies: Dependencies, actor: Actor, id: string, isPublic: boolean): Promise<void> {
  await changeProject(dependencies, actor, id, 'publish', async (db, project) => {
    if (project.isPublic === isPublic) return;
    await setProjectState(db, id, { isPublic });
    await recordEvent(db, id, isPublic ? 'published' : 'unpublished', actor.userId);
  });
}

export async function removeDraft(dependencies: Dependencies, actor: Actor, id: string): Promise<void> {
  await changeProject(dependencies, actor, id, 'delete', async (db) => {
    await deleteProject(db, id);
    await forgetNotificationsAbout(db, { type: 'project', id });
  });
}

/** The country an officer decides for; an administrator names it, in the field `path`. */
export function reviewingCountryOf(actor: Actor, requested: string | undefined, path: 'body.country' | 'query.country'): string {
  const country = accountPolicy.can(actor, 'workForAnyCountry') ? requested : actor.countryCode;
  authorize(projectPolicy, actor, 'review', { countryCode: country ?? null });
  if (!country) throw invalidField(path, 'required', 'is required for an administrator');
  return country;
}

const reviewStatusOf = { approve: 'approved', request_changes: 'changes_requested', reject: 'rejected' } as const;

/**
 * One country's answer. The project row is locked first, so two officers deciding at once are
 * served one after the other: the second sees the first's answer, and the last approval opens
 * the project. A decision on a version the officer did not read is refused.
 */
export async function decideOnProject(dependencies: Dependencies, actor: Actor, id: string, body: ProjectDecisionBody): Promise<void> {
  const country = reviewingCountryOf(actor, body.country, 'body.country');
  await unitOfWork(dependencies, async (db) => {
    const found = await lockProject(db, id);
    await lockReview(db, id, country);
    const subject = await subjectOf(db, actor, found);
    // An administrator answers for the country named, not for another one still awaited.
    authorize(
      projectPolicy,
      actor,
      'decide',
      subject && { ...subject, awaitingCountries: subject.awaitingCountries.filter((awaited) => awaited === country) },
    );
    const project = found!;
    if (project.version !== body.version)
      throw new AppError('project_changed_meanwhile', 'The founders changed the project since you opened it: read it again');
    const status = reviewStatusOf[body.decision];
    const reason = body.reason?.trim() || undefined;
    const { stillWaiting } = await decideReview(db, { projectId: id, countryCode: country, status, officerId: actor.userId });
    await recordEvent(db, id, status, actor.userId, { countryCode: country, ...(reason ? { reason } : {}) });
    const founderIds = await teacherIdsOf(db, id, 'founder');
    const payload = {
      projectId: id,
      projectTitle: project.title,
      countryCode: country,
      outcome: status,
      ...(reason ? { reason } : {}),
      founderIds,
    };
    await recordDomainEvent(db, { type: 'projects.decided', actorId: actor.userId, subject: { type: 'project', id }, payload });
    if (status === 'approved' && stillWaiting === 0) await activate(db, project, actor.userId, founderIds);
    if (status !== 'approved') await setProjectState(db, id, { status });
  });
}

async function activate(db: Kysely<Schema>, project: ProjectCore, officerId: string, founderIds: string[]): Promise<void> {
  await setProjectState(db, project.id, { status: 'active', approved: true });
  await openTwinspace(db, project.id);
  await recordEvent(db, project.id, 'activated', officerId);
  const payload = { projectId: project.id, projectTitle: project.title, founderIds };
  await recordDomainEvent(db, { type: 'projects.activated', actorId: officerId, subject: { type: 'project', id: project.id }, payload });
}
