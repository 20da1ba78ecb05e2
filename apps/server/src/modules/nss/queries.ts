import type { PendingTeacher, Profile } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { NssDb } from './tables.ts';
import type { Cursor } from '../../platform/http/cursor.ts';

/**
 * The validation queue of one country: teachers who confirmed their address and wait, longest
 * waiting first, paged by (waiting since, id) so that pages never skip or repeat anyone.
 */
export async function pendingTeachers(db: NssDb, countryCode: string, after: Cursor | undefined, limit: number): Promise<PendingTeacher[]> {
  let query = db
    .selectFrom('users')
    .innerJoin('schools', 'schools.id', 'users.school_id')
    .leftJoin('regions', 'regions.id', 'schools.region_id')
    .innerJoin('teacher_profiles', 'teacher_profiles.user_id', 'users.id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.staff_role',
      'users.country_code',
      // As text: a JavaScript Date would drop the microseconds the cursor compares on.
      sql<string>`to_char(users.awaiting_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('waiting_since'),
      sql<number>`floor(extract(epoch from (now() - users.awaiting_since)) / 86400)::int`.as('waiting_days'),
      'schools.id as school_id',
      'schools.name as school_name',
      'schools.town as school_town',
      'schools.level as school_level',
      'schools.region_id as school_region_id',
      'regions.name as school_region_name',
      'teacher_profiles.subjects',
      'teacher_profiles.pupil_age_min',
      'teacher_profiles.pupil_age_max',
      'teacher_profiles.working_languages',
      'teacher_profiles.presentation',
      'teacher_profiles.looking_for_partners',
      'teacher_profiles.hidden_from_search',
    ])
    .where('users.country_code', '=', countryCode)
    .where('users.status', '=', 'pending')
    .where('users.email_confirmed_at', 'is not', null);
  if (after) {
    query = query.where(sql<boolean>`(users.awaiting_since, users.id) > (${after.time}::timestamptz, ${after.id}::uuid)`);
  }
  const rows = await query.orderBy('users.awaiting_since').orderBy('users.id').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    staffRole: row.staff_role!,
    countryCode: row.country_code!,
    waitingSince: row.waiting_since,
    waitingDays: row.waiting_days,
    school: {
      id: row.school_id,
      name: row.school_name,
      countryCode: row.country_code!,
      regionId: row.school_region_id,
      regionName: row.school_region_name,
      town: row.school_town,
      level: row.school_level,
    },
    profile: {
      subjects: row.subjects,
      pupilAgeMin: row.pupil_age_min,
      pupilAgeMax: row.pupil_age_max,
      workingLanguages: row.working_languages,
      presentation: row.presentation,
      lookingForPartners: row.looking_for_partners,
      hiddenFromSearch: row.hidden_from_search,
    } as Profile,
  }));
}

export async function countPendingTeachers(db: NssDb, countryCode: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((select) => select.fn.countAll<number>().as('total'))
    .where('country_code', '=', countryCode)
    .where('status', '=', 'pending')
    .where('email_confirmed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export type DecidedTeacher = { id: string; name: string; email: string; language: string };

/**
 * Decides in one statement, only for teachers still pending in that country: two officers
 * deciding at once never both win, and a teacher of another country is never touched.
 */
export async function decideTeachers(
  db: NssDb,
  decision: { teacherIds: string[]; countryCode: string; status: 'validated' | 'rejected'; reason: string | null; officerId: string },
): Promise<DecidedTeacher[]> {
  return db
    .updateTable('users')
    .set({ status: decision.status, decision_reason: decision.reason, decided_by: decision.officerId, decided_at: new Date() })
    .where('id', 'in', decision.teacherIds)
    .where('role', '=', 'teacher')
    .where('status', '=', 'pending')
    .where('country_code', '=', decision.countryCode)
    .where('email_confirmed_at', 'is not', null)
    .returning(['id', 'name', 'email', 'language'])
    .execute();
}
