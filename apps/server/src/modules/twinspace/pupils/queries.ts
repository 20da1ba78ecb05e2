import type { PupilConsentBody, SchoolPupil } from '@jumelage/contracts';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../../platform/db/schema.ts';
import { withdrawPublicationsShowing } from '../publication.ts';
import { usernameCandidate } from './credentials.ts';

export type NewPupil = { firstName: string; lastName: string; passwordHash: string; accountConsentOn: string | null };
export type PupilSchool = { id: string; countryCode: string };

/** A username nobody has yet; more digits after a few collisions. */
async function freeUsername(db: Kysely<Schema>, firstName: string, lastName: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const candidate = usernameCandidate(firstName, lastName, 2 + Math.floor(attempt / 3));
    const taken = await db.selectFrom('users').select('id').where('username', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
}

export async function insertPupil(db: Kysely<Schema>, school: PupilSchool, teacherId: string, language: string, pupil: NewPupil): Promise<{ id: string; username: string }> {
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

export async function addToProject(db: Kysely<Schema>, projectId: string, pupilIds: string[], addedBy: string): Promise<void> {
  if (pupilIds.length === 0) return;
  await db
    .insertInto('project_pupils')
    .values(pupilIds.map((pupilId) => ({ project_id: projectId, pupil_id: pupilId, added_by: addedBy })))
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function schoolOfTeacher(db: Kysely<Schema>, teacherId: string): Promise<(PupilSchool & { language: string }) | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('schools', 'schools.id', 'users.school_id')
    .select(['schools.id', 'schools.country_code as countryCode', 'users.language'])
    .where('users.id', '=', teacherId)
    .executeTakeFirst();
}

export async function schoolOfPupil(db: Kysely<Schema>, pupilId: string): Promise<string | undefined> {
  const row = await db.selectFrom('pupils').select('school_id').where('user_id', '=', pupilId).executeTakeFirst();
  return row?.school_id;
}

/** The pupils of a school, each with the projects they are in; a school has at most a few hundred. */
export async function pupilsOfSchool(db: Kysely<Schema>, schoolId: string, onlyProjectId?: string): Promise<SchoolPupil[]> {
  let query = db
    .selectFrom('pupils')
    .innerJoin('users', 'users.id', 'pupils.user_id')
    .leftJoin('users as recorder', 'recorder.id', 'pupils.account_consent_by')
    .select([
      'pupils.user_id as id',
      'pupils.first_name as firstName',
      'pupils.last_name as lastName',
      sql<string>`users.username`.as('username'),
      sql<string | null>`pupils.account_consent_on::text`.as('accountConsentOn'),
      'recorder.name as accountConsentBy',
      'pupils.image_consent as imageConsent',
      sql<string | null>`pupils.image_consent_on::text`.as('imageConsentOn'),
      'users.password_must_change as passwordMustChange',
      sql<Array<{ id: string; title: string }>>`coalesce((
        select json_agg(json_build_object('id', p.id, 'title', p.title) order by p.title)
        from project_pupils pp join projects p on p.id = pp.project_id where pp.pupil_id = pupils.user_id), '[]')`.as('projects'),
    ])
    .where('pupils.school_id', '=', schoolId)
    .orderBy('pupils.first_name')
    .orderBy('pupils.last_name')
    .orderBy('pupils.user_id')
    .limit(1000);
  if (onlyProjectId) {
    query = query.where((eb) => eb.exists(eb.selectFrom('project_pupils').select('pupil_id').whereRef('pupil_id', '=', 'pupils.user_id').where('project_id', '=', onlyProjectId)));
  }
  return query.execute();
}

export async function saveConsent(db: Kysely<Schema>, pupilId: string, teacherId: string, consent: PupilConsentBody): Promise<void> {
  const current = await db
    .selectFrom('pupils')
    .select([sql<string | null>`account_consent_on::text`.as('accountOn'), 'image_consent as image', sql<string | null>`image_consent_on::text`.as('imageOn')])
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
  if (consent.imageConsent !== 'public') await withdrawPublicationsShowing(db, pupilId);
}

export async function endSessionsOf(db: Kysely<Schema>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
