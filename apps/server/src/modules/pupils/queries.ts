import type { PupilAccount, PupilConsentBody, SchoolPupil } from '@jumelage/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Person } from '../../platform/auth/policy.ts';
import type { PupilsDb } from './tables.ts';
import { signInPace } from '../accounts/module.ts';
import type { PupilTies } from './policy.ts';
import { usernameCandidate } from './credentials.ts';

export type NewPupil = { firstName: string; lastName: string; passwordHash: string; accountConsentOn: string | null };
export type PupilSchool = { id: string; countryCode: string };

/** A username nobody has yet; more digits after a few collisions. */
async function freeUsername(db: PupilsDb, firstName: string, lastName: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const candidate = usernameCandidate(firstName, lastName, 2 + Math.floor(attempt / 3));
    const taken = await db.selectFrom('users').select('id').where('username', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
}

export async function insertPupil(
  db: PupilsDb,
  school: PupilSchool,
  teacherId: string,
  language: string,
  pupil: NewPupil,
): Promise<{ id: string; username: string }> {
  const username = await freeUsername(db, pupil.firstName, pupil.lastName);
  const { id } = await db
    .insertInto('users')
    .values({
      email: null,
      username,
      password_hash: pupil.passwordHash,
      password_must_change: true,
      name: `${pupil.firstName} ${pupil.lastName}`.trim(),
      role: 'pupil',
      staff_role: null,
      country_code: school.countryCode,
      school_id: school.id,
      status: 'validated',
      email_confirmed_at: null,
      language: language as never,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('pupils')
    .values({
      user_id: id,
      first_name: pupil.firstName,
      last_name: pupil.lastName,
      school_id: school.id,
      created_by: teacherId,
      account_consent_on: pupil.accountConsentOn,
      account_consent_by: pupil.accountConsentOn ? teacherId : null,
      image_consent_on: null,
      image_consent_by: null,
    })
    .execute();
  return { id, username };
}

export async function addToProject(db: PupilsDb, projectId: string, pupilIds: string[], addedBy: string): Promise<void> {
  if (pupilIds.length === 0) return;
  await db
    .insertInto('project_pupils')
    .values(pupilIds.map((pupilId) => ({ project_id: projectId, pupil_id: pupilId, added_by: addedBy })))
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function schoolOfTeacher(db: PupilsDb, teacherId: string): Promise<(PupilSchool & { language: string }) | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('schools', 'schools.id', 'users.school_id')
    .select(['schools.id', 'schools.country_code as countryCode', 'users.language'])
    .where('users.id', '=', teacherId)
    .executeTakeFirst();
}

/** TwinSpaces (active or closed) that a pupil is in and a teacher is a member of. */
function sharedTwinspaces(pupilId: RawBuilder<unknown>, teacherId: RawBuilder<unknown> | string) {
  return sql`select pp.project_id from project_pupils pp
    join project_members pm on pm.project_id = pp.project_id
    join projects pr on pr.id = pp.project_id
    where pp.pupil_id = ${pupilId} and pm.teacher_id = ${teacherId} and pr.status in ('active', 'closed')`;
}

export type TiesRow = Omit<PupilTies, 'teacherSchoolId'> & { pupilId: string };

/** What ties one teacher to each of some pupils (pupilPolicy decides). */
export async function tiesWithPupils(db: PupilsDb, teacherId: string, pupilIds: string[]): Promise<TiesRow[]> {
  if (pupilIds.length === 0) return [];
  return db
    .selectFrom('pupils')
    .select([
      'user_id as pupilId',
      'school_id as pupilSchoolId',
      'created_by as createdBy',
      sql<number>`(select count(*)::int from (${sharedTwinspaces(sql.ref('pupils.user_id'), teacherId)}) shared)`.as('sharedTwinspaces'),
    ])
    .where('user_id', 'in', pupilIds)
    .execute();
}

export type Teacher = Person & { schoolId: string | null };

export async function teacherById(db: PupilsDb, userId: string): Promise<Teacher | undefined> {
  return db
    .selectFrom('users')
    .select(['id as userId', 'role', 'status', 'country_code as countryCode', 'school_id as schoolId'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The teachers of a pupil's school, each with their ties to the pupil: those who may look after them. */
export async function teachersOfPupilSchool(db: PupilsDb, pupilId: string): Promise<Array<Person & PupilTies>> {
  return db
    .selectFrom('pupils')
    .innerJoin('users', (join) => join.onRef('users.school_id', '=', 'pupils.school_id').on('users.role', '=', 'teacher'))
    .select([
      'users.id as userId',
      'users.role',
      'users.status',
      'users.country_code as countryCode',
      'users.school_id as teacherSchoolId',
      'pupils.school_id as pupilSchoolId',
      'pupils.created_by as createdBy',
      sql<number>`(select count(*)::int from (${sharedTwinspaces(sql.ref('pupils.user_id'), sql.ref('users.id'))}) shared)`.as(
        'sharedTwinspaces',
      ),
    ])
    .where('pupils.user_id', '=', pupilId)
    .execute();
}

export type SchoolPupilRow = Omit<SchoolPupil, 'account' | 'can' | 'otherProjects'> & { account: PupilAccount; allProjects: number };

/**
 * The pupils of a school, with the TwinSpaces they share with the viewing teacher and how many
 * they are in; a school has at most a few hundred.
 */
export async function pupilsOfSchool(db: PupilsDb, schoolId: string, viewerId: string, onlyProjectId?: string): Promise<SchoolPupilRow[]> {
  const windowSeconds = signInPace.windowMs / 1000;
  let query = db
    .selectFrom('pupils')
    .innerJoin('users', 'users.id', 'pupils.user_id')
    .leftJoin('users as recorder', 'recorder.id', 'pupils.account_consent_by')
    .select([
      'pupils.user_id as id',
      'pupils.first_name as firstName',
      'pupils.last_name as lastName',
      sql<PupilAccount>`json_build_object(
        'username', users.username,
        'accountConsentOn', pupils.account_consent_on::text,
        'accountConsentBy', recorder.name,
        'imageConsent', pupils.image_consent,
        'imageConsentOn', pupils.image_consent_on::text,
        'passwordMustChange', users.password_must_change,
        'locked', (select count(*) from login_failures lf
          where lf.email = users.username and lf.failed_at > now() - make_interval(secs => ${windowSeconds})) >= ${signInPace.perAccountAndAddress.free})`.as(
        'account',
      ),
      sql<Array<{ id: string; title: string }>>`coalesce((
        select json_agg(json_build_object('id', p.id, 'title', p.title) order by p.title)
        from projects p where p.id in (${sharedTwinspaces(sql.ref('pupils.user_id'), viewerId)})), '[]')`.as('projects'),
      sql<number>`(select count(*)::int from project_pupils pp where pp.pupil_id = pupils.user_id)`.as('allProjects'),
    ])
    .where('pupils.school_id', '=', schoolId)
    .orderBy('pupils.first_name')
    .orderBy('pupils.last_name')
    .orderBy('pupils.user_id')
    .limit(1000);
  if (onlyProjectId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_pupils')
          .select('pupil_id')
          .whereRef('pupil_id', '=', 'pupils.user_id')
          .where('project_id', '=', onlyProjectId),
      ),
    );
  }
  return query.execute();
}

/** Forgets a pupil's failed sign-ins, from every address. */
export async function clearSignInFailures(db: PupilsDb, pupilId: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('email', '=', (eb) => eb.selectFrom('users').select('username').where('id', '=', pupilId))
    .execute();
}

export async function saveConsent(db: PupilsDb, pupilId: string, teacherId: string, consent: PupilConsentBody): Promise<void> {
  const current = await db
    .selectFrom('pupils')
    .select([
      sql<string | null>`account_consent_on::text`.as('accountOn'),
      'image_consent as image',
      sql<string | null>`image_consent_on::text`.as('imageOn'),
    ])
    .where('user_id', '=', pupilId)
    .executeTakeFirstOrThrow();
  const accountChanged = current.accountOn !== consent.accountConsentOn;
  const imageChanged = current.image !== consent.imageConsent || current.imageOn !== consent.imageConsentOn;
  await db
    .updateTable('pupils')
    .set({
      account_consent_on: consent.accountConsentOn,
      ...(accountChanged ? { account_consent_by: consent.accountConsentOn ? teacherId : null } : {}),
      image_consent: consent.imageConsent,
      image_consent_on: consent.imageConsent === 'none' ? null : consent.imageConsentOn,
      ...(imageChanged ? { image_consent_by: consent.imageConsent === 'none' ? null : teacherId } : {}),
    })
    .where('user_id', '=', pupilId)
    .execute();
}

export async function endSessionsOf(db: PupilsDb, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
