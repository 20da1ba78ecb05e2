import { randomUUID } from 'node:crypto';
import type { AccountRole, AccountStatus, IdeaBody, SchoolLevel } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import { hashPassword } from '../platform/auth/secrets.ts';
import type { Schema } from '../platform/db/schema.ts';
import type { App } from '../platform/http/app-plugin.ts';
import { insertUser } from '../modules/accounts/queries.ts';
import { insertSchool } from '../modules/schools/queries.ts';

export const testPassword = 'correct horse battery';
// Hashing is slow on purpose; every factory-made account shares one hash of the same password.
const testPasswordHash = await hashPassword(testPassword);

export async function buildSchool(
  db: Kysely<Schema>,
  values: { countryCode?: string; name?: string; town?: string; level?: SchoolLevel } = {},
) {
  const countryCode = values.countryCode ?? 'FR';
  const region = await db
    .selectFrom('regions')
    .select('id')
    .where('country_code', '=', countryCode)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  const school = {
    name: values.name ?? `School ${randomUUID().slice(0, 8)}`,
    countryCode,
    regionId: region?.id ?? null,
    town: values.town ?? 'Lyon',
    level: values.level ?? 'primary',
  };
  return { id: await insertSchool(db, school), ...school };
}

export type BuiltUser = { id: string; email: string; password: string; role: AccountRole; countryCode: string | null };

export async function buildUser(
  db: Kysely<Schema>,
  values: {
    role?: AccountRole;
    status?: AccountStatus;
    countryCode?: string | null;
    confirmed?: boolean;
    name?: string;
    schoolId?: string;
  } = {},
): Promise<BuiltUser> {
  const role = values.role ?? 'teacher';
  const countryCode = role === 'admin' ? null : (values.countryCode ?? 'FR');
  const schoolId = role === 'teacher' ? (values.schoolId ?? (await buildSchool(db, { countryCode: countryCode! })).id) : null;
  const email = `${role}-${randomUUID()}@example.org`;
  const id = await insertUser(db, {
    email,
    passwordHash: testPasswordHash,
    name: values.name ?? `Test ${role}`,
    role,
    staffRole: role === 'teacher' ? 'teacher' : null,
    countryCode,
    schoolId,
    status: values.status ?? 'validated',
    emailConfirmed: values.confirmed ?? true,
    language: 'en',
  });
  return { id, email, password: testPassword, role, countryCode };
}

export type SignedIn = { cookie: string; csrfToken: string };

/** Signs in over HTTP, as the web app does; returns what later requests must send. */
export async function signIn(app: App, user: { email: string; password: string }): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: user.password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'jumelage_session');
  return { cookie: `jumelage_session=${cookie!.value}`, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

/** Headers of a signed-in request that changes something. */
export function asSignedIn(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** A project idea as a teacher would post it. */
export const sampleIdea: IdeaBody = {
  title: 'Songs of our towns',
  description: 'Each class records a song about its town and the partners translate it.',
  subjects: ['music', 'foreign_languages'],
  pupilAgeMin: 9,
  pupilAgeMax: 12,
  languages: ['en', 'fr'],
  countriesWanted: [],
  startMonth: '2027-01',
  endMonth: '2027-06',
};

export type ProfileValues = {
  subjects?: string[];
  ages?: [number, number] | null;
  languages?: string[];
  presentation?: string;
  looking?: boolean;
  hidden?: boolean;
};

/** Sets a teacher's profile; what is not given gets a plain default (history, 12–15, English). */
export async function setProfile(db: Kysely<Schema>, userId: string, profile: ProfileValues = {}): Promise<void> {
  const ages = profile.ages === undefined ? [12, 15] : profile.ages;
  await db
    .updateTable('teacher_profiles')
    .set({
      subjects: profile.subjects ?? ['history'],
      pupil_age_min: ages?.[0] ?? null,
      pupil_age_max: ages?.[1] ?? null,
      working_languages: profile.languages ?? ['en'],
      presentation: profile.presentation ?? '',
      looking_for_partners: profile.looking ?? true,
      hidden_from_search: profile.hidden ?? false,
    })
    .where('user_id', '=', userId)
    .execute();
}
