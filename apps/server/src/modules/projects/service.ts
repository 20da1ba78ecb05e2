import { projectTextFields, type NewProjectBody, type PartnerPlanBody, type Project, type ProjectContent, type ProjectDecisionBody, type ProjectDetail, type ProjectPatch, type ProjectTexts, type SavedProject } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import { forbidden, type Actor } from '../../platform/auth/actor.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent as recordDomainEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { recordAccessChange } from '../../platform/realtime/access-changes.ts';
import { forgetNotificationsAbout } from '../notifications/module.ts';
import { pendingInvitationOf, pendingInvitationsOf } from './invitation-queries.ts';
import { projectsPolicy } from './policy.ts';
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
  reviewsOf,
  roleIn,
  setPartnerPlan,
  setProjectState,
  teacherIdsOf,
  updateProjectContent,
  type ProjectCore,
} from './queries.ts';
import { abilitiesOf, editableStatuses, submissionProblemsOf, submittableStatuses, type Viewer } from './rules.ts';
import { contentOfIdea } from './from-idea.ts';

type Dependencies = Pick<AppDependencies, 'database' | 'events'>;

export function requireProjectTools(actor: Actor): void {
  if (!projectsPolicy.useProjects(actor)) throw forbidden('Projects open once your account is validated');
}

export async function createProject({ database }: Dependencies, actor: Actor, body: NewProjectBody): Promise<{ id: string }> {
  requireProjectTools(actor);
  return database.db.transaction().execute(async (db) => {
    const content = body.fromIdeaId ? await contentOfIdea(db, body.fromIdeaId, actor.userId) : {};
    return { id: await insertProject(db, { title: body.title, createdBy: actor.userId, content }) };
  });
}

/** Who the actor is to this project, or nothing: then it does not exist for them. */
async function viewerOf(db: Kysely<Schema>, actor: Actor, project: Pick<Project, 'id' | 'status'>): Promise<Viewer | undefined> {
  if (actor.role === 'teacher') {
    const role = await roleIn(db, project.id, actor.userId);
    if (role) return role;
    return (await pendingInvitationOf(db, project.id, actor.userId)) ? 'invitee' : undefined;
  }
  // Officers see what was submitted by founders of their country, never a private draft.
  if (project.status === 'draft' || !projectsPolicy.reviewProjects(actor)) return undefined;
  if (actor.role === 'admin') return 'officer';
  const founderCountries = await foundingCountries(db, project.id);
  return actor.countryCode && founderCountries.includes(actor.countryCode) ? 'officer' : undefined;
}

async function foundingCountries(db: Kysely<Schema>, projectId: string): Promise<string[]> {
  const rows = await db.selectFrom('project_members').select('country_code').distinct().where('project_id', '=', projectId).where('role', '=', 'founder').execute();
  return rows.map((row) => row.country_code);
}

export async function readProject({ database }: Dependencies, actor: Actor, id: string): Promise<ProjectDetail> {
  const db = database.db;
  const project = await findProject(db, id);
  const viewer = project && (await viewerOf(db, actor, project));
  if (!project || !viewer) throw notFound('This project');
  const [members, reviews, history, invitations, myInvitation] = await Promise.all([
    membersOf(db, id),
    reviewsOf(db, id),
    historyOf(db, id),
    viewer === 'founder' ? pendingInvitationsOf(db, id) : Promise.resolve([]),
    viewer === 'invitee' ? pendingInvitationOf(db, id, actor.userId) : Promise.resolve(undefined),
  ]);
  const problems = submittableStatuses.includes(project.status) ? submissionProblemsOf(project, members) : [];
  const awaitingViewerCountry = reviews.some((review) => review.status === 'pending' && (actor.role === 'admin' || review.countryCode === actor.countryCode));
  return {
    project,
    myRole: viewer,
    members,
    invitations,
    myInvitation: myInvitation ?? null,
    reviews,
    history,
    submissionProblems: problems,
    can: abilitiesOf(project, viewer, problems, awaitingViewerCountry),
  };
}

/**
 * Runs a founder's change of a project under the project's lock: the state it checks is the
 * state it changes. Members who are not founders are refused; anyone else is told it does not exist.
 */
export async function asFounder<T>(dependencies: Dependencies, actor: Actor, id: string, change: (db: Kysely<Schema>, project: ProjectCore) => Promise<T>): Promise<T> {
  requireProjectTools(actor);
  return unitOfWork(dependencies, async (db) => {
    const project = await lockProject(db, id);
    const role = project && (await roleIn(db, id, actor.userId));
    if (!project || !role) throw notFound('This project');
    if (role !== 'founder') throw forbidden('Only the founders of the project may do this');
    return change(db, project);
  });
}

function conflictWithStatus(project: ProjectCore, doing: string): AppError {
  const why: Record<ProjectCore['status'], string> = {
    draft: 'it is a draft',
    submitted: 'it waits for the national support services (withdraw it to change it)',
    changes_requested: 'changes were asked for',
    rejected: 'it was rejected',
    active: 'it is active',
    closed: 'it is closed (reopen it first)',
  };
  return new AppError('conflict', 409, `You cannot ${doing} this project now: ${why[project.status]}`);
}

export async function editProject(dependencies: Dependencies, actor: Actor, id: string, patch: ProjectPatch): Promise<SavedProject> {
  return asFounder(dependencies, actor, id, async (db, project) => {
    if (!editableStatuses.includes(project.status)) throw conflictWithStatus(project, 'change');
    const current = (await findProject(db, id))!;
    const next = { ...current, ...patch };
    if (next.pupilAgeMin !== null && next.pupilAgeMax !== null && next.pupilAgeMin > next.pupilAgeMax) {
      throw new AppError('validation_failed', 400, 'body.pupilAgeMax: the youngest age must not be above the oldest');
    }
    if (next.startsOn !== null && next.endsOn !== null && next.startsOn > next.endsOn) {
      throw new AppError('validation_failed', 400, 'body.endsOn: the project must not end before it starts');
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
export async function savePartnerPlan({ database }: Dependencies, actor: Actor, id: string, plan: PartnerPlanBody): Promise<void> {
  requireProjectTools(actor);
  await database.db.transaction().execute(async (db) => {
    const project = await lockProject(db, id);
    if (!project || !(await roleIn(db, id, actor.userId))) throw notFound('This project');
    if (!editableStatuses.includes(project.status)) throw conflictWithStatus(project, 'change');
    await setPartnerPlan(db, id, actor.userId, plan);
  });
}

export async function submitProject(dependencies: Dependencies, actor: Actor, id: string): Promise<void> {
  await asFounder(dependencies, actor, id, async (db, project) => {
    if (!submittableStatuses.includes(project.status)) throw conflictWithStatus(project, 'submit');
    const problems = submissionProblemsOf((await findProject(db, id))!, await membersOf(db, id));
    if (problems.length > 0) throw new AppError('validation_failed', 400, `The project is not ready to submit: ${problems.join(', ')}`);
    await setProjectState(db, id, { status: 'submitted', submitted: true });
    const countries = await askFoundingCountries(db, id);
    await recordEvent(db, id, 'submitted', actor.userId);
    const payload = { projectId: id, projectTitle: project.title, officerIds: await officersOf(db, countries) };
    await recordDomainEvent(db, { type: 'projects.submitted', actorId: actor.userId, subject: { type: 'project', id }, payload });
  });
}

export async function withdrawProject(dependencies: Dependencies, actor: Actor, id: string): Promise<void> {
  await asFounder(dependencies, actor, id, async (db, project) => {
    if (project.status !== 'submitted') throw conflictWithStatus(project, 'withdraw');
    await setProjectState(db, id, { status: 'draft' });
    await db.deleteFrom('project_country_reviews').where('project_id', '=', id).execute();
    await recordEvent(db, id, 'withdrawn', actor.userId);
  });
}

export async function closeProject(dependencies: Dependencies, actor: Actor, id: string, close: boolean): Promise<void> {
  await asFounder(dependencies, actor, id, async (db, project) => {
    if (project.status !== (close ? 'active' : 'closed')) throw conflictWithStatus(project, close ? 'close' : 'reopen');
    await setProjectState(db, id, { status: close ? 'closed' : 'active' });
    await recordEvent(db, id, close ? 'closed' : 'reopened', actor.userId);
    // Open pages reconnect: read-only in a closed project, writable again when it reopens.
    await recordAccessChange(db, actor.userId, { projectId: id, userId: null });
  });
}

export async function setProjectVisibility(dependencies: Dependencies, actor: Actor, id: string, isPublic: boolean): Promise<void> {
  await asFounder(dependencies, actor, id, async (db, project) => {
    if (project.status === 'rejected') throw conflictWithStatus(project, 'publish');
    if (project.isPublic === isPublic) return;
    await setProjectState(db, id, { isPublic });
    await recordEvent(db, id, isPublic ? 'published' : 'unpublished', actor.userId);
  });
}

export async function removeDraft(dependencies: Dependencies, actor: Actor, id: string): Promise<void> {
  await asFounder(dependencies, actor, id, async (db, project) => {
    if (project.status !== 'draft') throw conflictWithStatus(project, 'delete');
    await deleteProject(db, id);
    await forgetNotificationsAbout(db, { type: 'project', id });
  });
}

/** The country an officer decides for; an administrator names it. */
export function reviewingCountryOf(actor: Actor, requested: string | undefined): string {
  if (!projectsPolicy.reviewProjects(actor)) throw forbidden('Only national support services decide on projects');
  const country = actor.role === 'admin' ? requested : actor.countryCode;
  if (!country) throw new AppError('validation_failed', 400, 'country is required for an administrator');
  if (!projectsPolicy.reviewProjectsOf(actor, country)) throw forbidden('Only the national support service of this country may do this');
  return country;
}

const reviewStatusOf = { approve: 'approved', request_changes: 'changes_requested', reject: 'rejected' } as const;

/**
 * One country's answer. The project row is locked first, so two officers deciding at once are
 * served one after the other: the second sees the first's answer, and the last approval opens
 * the project. A decision on a version the officer did not read is refused.
 */
export async function decideOnProject(dependencies: Dependencies, actor: Actor, id: string, body: ProjectDecisionBody): Promise<void> {
  const country = reviewingCountryOf(actor, body.country);
  await unitOfWork(dependencies, async (db) => {
    const project = await lockProject(db, id);
    if (!project || project.status === 'draft') throw notFound('This project');
    const review = await lockReview(db, id, country);
    if (!review) throw forbidden('Only the national support service of a founding country decides on this project');
    if (project.status !== 'submitted') throw conflictWithStatus(project, 'decide on');
    if (review.status !== 'pending') throw new AppError('conflict', 409, 'Your country has already decided on this submission');
    if (project.version !== body.version) throw new AppError('conflict', 409, 'The founders changed the project since you opened it: read it again');
    const status = reviewStatusOf[body.decision];
    const reason = body.reason?.trim() || undefined;
    const { stillWaiting } = await decideReview(db, { projectId: id, countryCode: country, status, officerId: actor.userId });
    await recordEvent(db, id, status, actor.userId, { countryCode: country, ...(reason ? { reason } : {}) });
    const founderIds = await teacherIdsOf(db, id, 'founder');
    const payload = { projectId: id, projectTitle: project.title, countryCode: country, outcome: status, ...(reason ? { reason } : {}), founderIds };
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
