import type {
  Project,
  ProjectEvent,
  ProjectEventKind,
  ProjectMember,
  ProjectPatch,
  ProjectRole,
  ProjectStatus,
  ProjectTexts,
} from '@jumelage/contracts';
import { sql } from 'kysely';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { ProjectsDb } from './tables.ts';
import type { ProjectSubject } from './policy.ts';

/** The columns of a project as the contracts name them. */
const projectJson = sql<Project>`json_build_object(
  'id', p.id, 'title', p.title, 'summary', p.summary, 'description', p.description, 'subjects', p.subjects,
  'themes', p.themes, 'pupilAgeMin', p.age_min, 'pupilAgeMax', p.age_max, 'languages', p.languages,
  'startsOn', to_char(p.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p.ends_on, 'YYYY-MM-DD'),
  'objectives', p.objectives, 'workingMethod', p.working_method, 'activities', p.activities,
  'expectedResults', p.expected_results, 'status', p.status, 'isPublic', p.is_public, 'version', p.version,
  'createdAt', ${isoTime('p.created_at')}, 'updatedAt', ${isoTime('p.updated_at')},
  'approvedAt', case when p.approved_at is null then null else ${isoTime('p.approved_at')} end)`;

/** Contract field → column, for the fields a founder edits. */
const columnOf = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  subjects: 'subjects',
  themes: 'themes',
  pupilAgeMin: 'age_min',
  pupilAgeMax: 'age_max',
  languages: 'languages',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  objectives: 'objectives',
  workingMethod: 'working_method',
  activities: 'activities',
  expectedResults: 'expected_results',
} as const satisfies Record<keyof ProjectPatch, string>;

export type ProjectCore = { id: string; status: ProjectStatus; version: number; title: string; isPublic: boolean; approved: boolean };

export async function findProject(db: ProjectsDb, id: string): Promise<Project | undefined> {
  const row = await sql<{ project: Project }>`select ${projectJson} as project from projects p where p.id = ${id}::uuid`.execute(db);
  return row.rows[0]?.project;
}

/**
 * Reads the state a change depends on and holds the row until the transaction ends: a second
 * change of the same project waits, then sees the first one's result.
 */
export async function lockProject(db: ProjectsDb, id: string): Promise<ProjectCore | undefined> {
  return db
    .selectFrom('projects')
    .select(['id', 'status', 'version', 'title', 'is_public as isPublic', sql<boolean>`approved_at is not null`.as('approved')])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertProject(
  db: ProjectsDb,
  values: { title: string; createdBy: string; content?: Partial<ProjectPatch> },
): Promise<string> {
  const { id } = await db
    .insertInto('projects')
    .values({ title: values.title, created_by: values.createdBy, ...columnsOf(values.content ?? {}) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertMember(db, id, values.createdBy, 'founder');
  await recordEvent(db, id, 'created', values.createdBy);
  return id;
}

function columnsOf(patch: Partial<ProjectPatch>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).map(([field, value]) => [columnOf[field as keyof ProjectPatch], value]));
}

/** Saves the fields given, and only them; a new version. */
export async function updateProjectContent(
  db: ProjectsDb,
  id: string,
  patch: ProjectPatch,
): Promise<{ version: number; updatedAt: string }> {
  return db
    .updateTable('projects')
    .set({ ...columnsOf(patch), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .returning(['version', isoTime('updated_at').as('updatedAt')])
    .executeTakeFirstOrThrow();
}

export async function setProjectState(
  db: ProjectsDb,
  id: string,
  values: { status?: ProjectStatus; isPublic?: boolean; submitted?: boolean; approved?: boolean },
): Promise<void> {
  await db
    .updateTable('projects')
    .set({
      ...(values.status ? { status: values.status } : {}),
      ...(values.isPublic === undefined ? {} : { is_public: values.isPublic }),
      ...(values.submitted ? { submitted_at: sql`now()` } : {}),
      ...(values.approved ? { approved_at: sql`now()` } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteProject(db: ProjectsDb, id: string): Promise<void> {
  await db.deleteFrom('projects').where('id', '=', id).execute();
}

/** A teacher joins with the school and country they have today. */
export async function insertMember(db: ProjectsDb, projectId: string, teacherId: string, role: ProjectRole): Promise<void> {
  await db
    .insertInto('project_members')
    .columns(['project_id', 'teacher_id', 'school_id', 'country_code', 'role'])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select([
          sql<string>`${projectId}::uuid`.as('project_id'),
          'id',
          'school_id',
          'country_code',
          sql<ProjectRole>`${role}::text`.as('role'),
        ])
        .where('id', '=', teacherId)
        .where('role', '=', 'teacher'),
    )
    .execute();
}

export async function roleIn(db: ProjectsDb, projectId: string, userId: string): Promise<ProjectRole | undefined> {
  const row = await db
    .selectFrom('project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('teacher_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

/** What the policy needs beyond the project's row: the person's place in it, its founding countries, the answers awaited. */
export async function relationsWith(
  db: ProjectsDb,
  projectId: string,
  userId: string,
): Promise<Pick<ProjectSubject, 'place' | 'foundingCountries' | 'awaitingCountries'>> {
  const { rows } = await sql<{ role: ProjectRole | null; invited: boolean; foundingCountries: string[]; awaitingCountries: string[] }>`
    select (select role from project_members where project_id = ${projectId}::uuid and teacher_id = ${userId}::uuid) as role,
      exists (select 1 from project_invitations where project_id = ${projectId}::uuid and invitee_id = ${userId}::uuid and status = 'pending') as invited,
      array(select distinct country_code::text from project_members where project_id = ${projectId}::uuid and role = 'founder' order by 1) as "foundingCountries",
      array(select country_code::text from project_country_reviews where project_id = ${projectId}::uuid and status = 'pending' order by 1) as "awaitingCountries"
  `.execute(db);
  const { role, invited, foundingCountries, awaitingCountries } = rows[0]!;
  return { place: role ?? (invited ? 'invitee' : undefined), foundingCountries, awaitingCountries };
}

export async function membersOf(db: ProjectsDb, projectId: string): Promise<ProjectMember[]> {
  const rows = await db
    .selectFrom('project_members as m')
    .innerJoin('users as u', 'u.id', 'm.teacher_id')
    .innerJoin('schools as s', 's.id', 'm.school_id')
    .select([
      'u.id',
      'u.name',
      's.name as schoolName',
      's.town',
      'm.school_id as schoolId',
      'm.country_code as countryCode',
      'm.role',
      'm.hours_per_week as hoursPerWeek',
      'm.digital_tools as digitalTools',
      isoTime('m.joined_at').as('joinedAt'),
    ])
    .where('m.project_id', '=', projectId)
    .orderBy('m.joined_at')
    .orderBy('u.id')
    .execute();
  return rows;
}

export async function setPartnerPlan(
  db: ProjectsDb,
  projectId: string,
  teacherId: string,
  plan: { hoursPerWeek: number | null; digitalTools: string },
): Promise<void> {
  await db
    .updateTable('project_members')
    .set({ hours_per_week: plan.hoursPerWeek, digital_tools: plan.digitalTools })
    .where('project_id', '=', projectId)
    .where('teacher_id', '=', teacherId)
    .execute();
}

export async function recordEvent(
  db: ProjectsDb,
  projectId: string,
  kind: ProjectEventKind,
  actorId: string | null,
  values: { countryCode?: string; reason?: string; previousTexts?: ProjectTexts } = {},
): Promise<void> {
  await db
    .insertInto('project_events')
    .values({
      project_id: projectId,
      kind,
      actor_id: actorId,
      country_code: values.countryCode ?? null,
      reason: values.reason ?? null,
      previous_texts: values.previousTexts ? sql<ProjectTexts>`${JSON.stringify(values.previousTexts)}::jsonb` : null,
    })
    .execute();
}

/** True when this person's last `edited` event on the project is younger than `withinMs`: one editing session. */
export async function editedRecentlyBy(db: ProjectsDb, projectId: string, actorId: string, withinMs: number): Promise<boolean> {
  const row = await db
    .selectFrom('project_events')
    .select('id')
    .where('project_id', '=', projectId)
    .where('kind', '=', 'edited')
    .where('actor_id', '=', actorId)
    .where('created_at', '>', new Date(Date.now() - withinMs))
    .executeTakeFirst();
  return row !== undefined;
}

export async function historyOf(db: ProjectsDb, projectId: string): Promise<ProjectEvent[]> {
  return db
    .selectFrom('project_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select([
      'e.kind',
      'e.country_code as countryCode',
      'u.name as actorName',
      'e.reason',
      'e.previous_texts as previousTexts',
      isoTime('e.created_at').as('createdAt'),
    ])
    .where('e.project_id', '=', projectId)
    .orderBy('e.id')
    .execute();
}

export async function reviewsOf(db: ProjectsDb, projectId: string) {
  return db
    .selectFrom('project_country_reviews')
    .select([
      'country_code as countryCode',
      'status',
      sql<string | null>`case when decided_at is null then null else ${isoTime('decided_at')} end`.as('decidedAt'),
    ])
    .where('project_id', '=', projectId)
    .orderBy('country_code')
    .execute();
}

/** A new submission asks every founding country again, whatever they answered before. */
export async function askFoundingCountries(db: ProjectsDb, projectId: string): Promise<string[]> {
  await db.deleteFrom('project_country_reviews').where('project_id', '=', projectId).execute();
  const rows = await db
    .insertInto('project_country_reviews')
    .columns(['project_id', 'country_code'])
    .expression((eb) =>
      eb
        .selectFrom('project_members')
        .select(['project_id', 'country_code'])
        .distinct()
        .where('project_id', '=', projectId)
        .where('role', '=', 'founder'),
    )
    .returning('country_code')
    .execute();
  return rows.map((row) => row.country_code);
}

export async function lockReview(db: ProjectsDb, projectId: string, countryCode: string) {
  return db
    .selectFrom('project_country_reviews')
    .select('status')
    .where('project_id', '=', projectId)
    .where('country_code', '=', countryCode)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideReview(
  db: ProjectsDb,
  values: { projectId: string; countryCode: string; status: 'approved' | 'changes_requested' | 'rejected'; officerId: string },
): Promise<{ stillWaiting: number }> {
  await db
    .updateTable('project_country_reviews')
    .set({ status: values.status, decided_by: values.officerId, decided_at: sql`now()` })
    .where('project_id', '=', values.projectId)
    .where('country_code', '=', values.countryCode)
    .execute();
  const { count } = await db
    .selectFrom('project_country_reviews')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('project_id', '=', values.projectId)
    .where('status', '<>', 'approved')
    .executeTakeFirstOrThrow();
  return { stillWaiting: Number(count) };
}

export async function openTwinspace(db: ProjectsDb, projectId: string): Promise<void> {
  await db
    .insertInto('twinspaces')
    .values({ project_id: projectId })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function teacherIdsOf(db: ProjectsDb, projectId: string, role?: ProjectRole): Promise<string[]> {
  let query = db.selectFrom('project_members').select('teacher_id').where('project_id', '=', projectId);
  if (role) query = query.where('role', '=', role);
  return (await query.execute()).map((row) => row.teacher_id);
}

export async function officersOf(db: ProjectsDb, countryCodes: string[]): Promise<string[]> {
  if (countryCodes.length === 0) return [];
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'nss').where('country_code', 'in', countryCodes).execute();
  return rows.map((row) => row.id);
}
