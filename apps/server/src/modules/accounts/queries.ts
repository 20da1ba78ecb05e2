import type { AccountRole, AccountStatus, Language, Profile, StaffRole, UpdateProfileRequest } from '@jumelage/contracts';
import { sql, type RawBuilder } from 'kysely';
import { digestOf, newSecret } from '../../platform/auth/secrets.ts';
import type { AccountsDb } from './tables.ts';
import { signInPace, type FailureCount, type RecentFailures } from './sign-in-pace.ts';
import type { AccountTokensTable } from './tables.ts';

export type UserRow = {
  id: string;
  /** Null for a pupil. */
  email: string | null;
  password_hash: string;
  name: string;
  role: AccountRole;
  staff_role: StaffRole | null;
  status: AccountStatus;
  decision_reason: string | null;
  country_code: string | null;
  school_id: string | null;
  email_confirmed_at: Date | null;
  language: Language;
  username: string | null;
  password_must_change: boolean;
};

const userColumns = [
  'id',
  'email',
  'password_hash',
  'name',
  'role',
  'staff_role',
  'status',
  'decision_reason',
  'country_code',
  'school_id',
  'email_confirmed_at',
  'language',
  'username',
  'password_must_change',
] as const;

/** A user found by address has one (pupils have none). */
export type UserWithEmail = UserRow & { email: string };

export async function findUserByEmail(db: AccountsDb, email: string): Promise<UserWithEmail | undefined> {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export type PupilUser = UserRow & { accountConsentOn: string | null };

export async function findPupilByUsername(db: AccountsDb, username: string): Promise<PupilUser | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('pupils', 'pupils.user_id', 'users.id')
    .select(userColumns.map((column) => `users.${column}` as const))
    .select(sql<string | null>`pupils.account_consent_on::text`.as('accountConsentOn'))
    .where('users.username', '=', username.toLowerCase())
    .where('users.role', '=', 'pupil')
    .executeTakeFirst();
}

export async function findUserById(db: AccountsDb, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export type NewUser = {
  email: string;
  passwordHash: string;
  name: string;
  role: AccountRole;
  staffRole: StaffRole | null;
  countryCode: string | null;
  schoolId: string | null;
  status: AccountStatus;
  emailConfirmed: boolean;
  language: Language;
};

/** Inserts a user (and the empty profile of a teacher); returns the id. */
export async function insertUser(db: AccountsDb, user: NewUser): Promise<string> {
  const { id } = await db
    .insertInto('users')
    .values({
      email: user.email,
      password_hash: user.passwordHash,
      name: user.name,
      role: user.role,
      staff_role: user.staffRole,
      country_code: user.countryCode,
      school_id: user.schoolId,
      status: user.status,
      email_confirmed_at: user.emailConfirmed ? new Date() : null,
      language: user.language,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (user.role === 'teacher')
    await db.insertInto('teacher_profiles').values({ user_id: id, pupil_age_min: null, pupil_age_max: null }).execute();
  return id;
}

export async function findProfile(db: AccountsDb, userId: string): Promise<Profile | undefined> {
  return db
    .selectFrom('teacher_profiles')
    .select([
      'subjects',
      'pupil_age_min as pupilAgeMin',
      'pupil_age_max as pupilAgeMax',
      'working_languages as workingLanguages',
      'presentation',
      'looking_for_partners as lookingForPartners',
      'hidden_from_search as hiddenFromSearch',
    ])
    .where('user_id', '=', userId)
    .$castTo<Profile>()
    .executeTakeFirst();
}

export async function updateProfile(db: AccountsDb, userId: string, update: UpdateProfileRequest, isTeacher: boolean): Promise<void> {
  await db.updateTable('users').set({ name: update.name, language: update.language }).where('id', '=', userId).execute();
  if (!isTeacher) return;
  await db
    .updateTable('teacher_profiles')
    .set({
      subjects: update.subjects,
      pupil_age_min: update.pupilAgeMin,
      pupil_age_max: update.pupilAgeMax,
      working_languages: update.workingLanguages,
      presentation: update.presentation,
      looking_for_partners: update.lookingForPartners,
      hidden_from_search: update.hiddenFromSearch,
      updated_at: new Date(),
    })
    .where('user_id', '=', userId)
    .execute();
}

export type TokenPurpose = AccountTokensTable['purpose'];

/** Creates a single-use link secret; only its digest is stored. */
export async function issueAccountToken(
  db: AccountsDb,
  userId: string,
  purpose: TokenPurpose,
  email: string,
  lifetimeMs: number,
): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('account_tokens')
    .values({ token_hash: digestOf(token), user_id: userId, purpose, email, expires_at: new Date(Date.now() + lifetimeMs), used_at: null })
    .execute();
  return token;
}

/** Uses a token once: returns its user and e-mail when it was live, and marks it used in the same statement. */
export async function consumeAccountToken(
  db: AccountsDb,
  token: string,
  purpose: TokenPurpose,
): Promise<{ userId: string; email: string } | undefined> {
  const row = await db
    .updateTable('account_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', digestOf(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning(['user_id', 'email'])
    .executeTakeFirst();
  return row && { userId: row.user_id, email: row.email };
}

/** After a password reset or an address change, the person's other links stop working. */
export async function retireAccountTokens(db: AccountsDb, userId: string): Promise<void> {
  await db.updateTable('account_tokens').set({ used_at: new Date() }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/**
 * The failures before this attempt (by sequence) in the window, per account and address, per
 * account and per address, and whether the account signed in from this address lately.
 */
export async function failuresBefore(db: AccountsDb, attemptId: number, login: string, ip: string): Promise<RecentFailures> {
  const account = login.toLowerCase();
  const counted = (filter: RawBuilder<boolean>) => sql<FailureCount>`json_build_object(
    'count', count(*) filter (where ${filter}),
    'msSinceLast', extract(epoch from clock_timestamp() - max(failed_at) filter (where ${filter})) * 1000)`;
  const row = await db
    .selectFrom('login_failures')
    .select([
      counted(sql`email = ${account} and ip = ${ip}`).as('accountAtAddress'),
      counted(sql`email = ${account}`).as('account'),
      counted(sql`ip = ${ip}`).as('address'),
      sql<boolean>`exists (select 1 from sign_in_addresses where login = ${account} and ip = ${ip}
        and last_signed_in_at > clock_timestamp() - make_interval(days => ${signInPace.knownAddressDays}))`.as('knownAddress'),
    ])
    .where('failed_at', '>', sql<Date>`clock_timestamp() - make_interval(secs => ${signInPace.windowMs / 1000})`)
    .where('id', '<', attemptId)
    .where((where) => where.or([where('email', '=', account), where('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return row;
}

/** A sign-in attempt, written before the password is checked and deleted when it is right. */
export async function recordLoginFailure(db: AccountsDb, login: string, ip: string): Promise<number> {
  const { id } = await db.insertInto('login_failures').values({ email: login.toLowerCase(), ip }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** An attempt made to wait before its password was checked: not a failure. */
export async function forgetAttempt(db: AccountsDb, attemptId: number): Promise<void> {
  await db.deleteFrom('login_failures').where('id', '=', attemptId).execute();
}

/**
 * A right password: this address's failures for the account are forgotten (the account's failures
 * elsewhere still count), and the address becomes one the account signs in from.
 */
export async function rememberSignIn(db: AccountsDb, login: string, ip: string): Promise<void> {
  const account = login.toLowerCase();
  await db.deleteFrom('login_failures').where('email', '=', account).where('ip', '=', ip).execute();
  await db
    .insertInto('sign_in_addresses')
    .values({ login: account, ip })
    .onConflict((conflict) => conflict.columns(['login', 'ip']).doUpdateSet({ last_signed_in_at: sql`now()` }))
    .execute();
  await db
    .deleteFrom('sign_in_addresses')
    .where('login', '=', account)
    .where('last_signed_in_at', '<', sql<Date>`now() - make_interval(days => ${signInPace.knownAddressDays})`)
    .execute();
}

export async function clearLoginFailures(db: AccountsDb, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email.toLowerCase()).execute();
}

/** The account as its holder may read it: everything but the password and the decisions' internals. */
export async function accountRecordOf(db: AccountsDb, userId: string) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'username',
      'name',
      'role',
      'staff_role as staffRole',
      'country_code as countryCode',
      'school_id as schoolId',
      'status',
      'decision_reason as decisionReason',
      'decided_at as decidedAt',
      'email_confirmed_at as emailConfirmedAt',
      'language',
      'created_at as createdAt',
      'last_active_at as lastActiveAt',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The failed sign-ins and the known addresses kept under these logins (an address, a pupil's username). */
export async function forgetSignInTraces(db: AccountsDb, logins: string[]): Promise<void> {
  const accounts = logins.map((login) => login.toLowerCase());
  if (accounts.length === 0) return;
  await db.deleteFrom('login_failures').where('email', 'in', accounts).execute();
  await db.deleteFrom('sign_in_addresses').where('login', 'in', accounts).execute();
}
