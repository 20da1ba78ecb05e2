import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { openSession, type SessionMeta } from './sessions.ts';
import { verifyPassword } from '../../platform/auth/secrets.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import {
  failuresBefore,
  findPupilByUsername,
  findUserByEmail,
  forgetAttempt,
  recordLoginFailure,
  rememberSignIn,
  type UserRow,
} from './queries.ts';
import { waitBeforeCheck } from './sign-in-pace.ts';

type SignedIn = { actor: Actor; token: string; csrfToken: string };

/** A teacher, an officer or an admin signs in with their e-mail address. */
export async function signIn(dependencies: AppDependencies, email: string, password: string, meta: SessionMeta): Promise<SignedIn> {
  const db = dependencies.database.db;
  const user = await checkPassword(
    db,
    email,
    password,
    meta,
    () => findUserByEmail(db, email),
    'The e-mail address or the password is wrong',
  );
  if (!user.email_confirmed_at) throw new AppError('email_not_confirmed', 'Confirm the e-mail address first, with the link we sent');
  return startSession(db, user, meta);
}

/** A pupil signs in with the username on their card, once a teacher recorded the family's agreement. */
export async function signInPupil(dependencies: AppDependencies, username: string, password: string, meta: SessionMeta): Promise<SignedIn> {
  const db = dependencies.database.db;
  const pupil = await checkPassword(
    db,
    username,
    password,
    meta,
    () => findPupilByUsername(db, username),
    'The username or the password is wrong',
  );
  if (!pupil.accountConsentOn) {
    throw new AppError('account_consent_missing', "Your teacher has not yet recorded your family's agreement to this account");
  }
  return startSession(db, pupil, meta);
}

/**
 * Failed sign-ins slow the next password checks down (sign-in-pace.ts), counted in the database so
 * that every process sees them. An unknown account and a wrong password give the same error, in
 * the same time.
 */
async function checkPassword<User extends UserRow>(
  db: Kysely<Schema>,
  login: string,
  password: string,
  meta: SessionMeta,
  find: () => Promise<User | undefined>,
  wrongMessage: string,
): Promise<User> {
  // Counted as a failure until the password proves right: a burst of parallel guesses sees itself.
  const attemptId = await recordLoginFailure(db, login, meta.ip);
  const wait = waitBeforeCheck(await failuresBefore(db, attemptId, login, meta.ip));
  if (wait > 0) {
    await forgetAttempt(db, attemptId);
    throw new AppError(
      'rate_limited',
      `Too many wrong passwords for this account or from this address; try again in ${Math.ceil(wait / 1000)} seconds`,
    );
  }
  const user = await find();
  if (!(await verifyPassword(user?.password_hash, password)) || !user) throw new AppError('invalid_credentials', wrongMessage);
  await rememberSignIn(db, login, meta.ip);
  return user;
}

async function startSession(db: Kysely<Schema>, user: UserRow, meta: SessionMeta): Promise<SignedIn> {
  const { sessionId, token, csrfToken } = await openSession(db, user.id, meta);
  const actor: Actor = { userId: user.id, role: user.role, status: user.status, countryCode: user.country_code, sessionId };
  return { actor, token, csrfToken };
}
