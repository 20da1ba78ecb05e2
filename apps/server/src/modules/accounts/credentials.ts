import type { ActiveSession } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/secrets.ts';
import { activeSessionsOf, endSessions } from './sessions.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { accountPolicy } from './policy.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { clearLimit, consumeLimit, limits } from '../../platform/rate-limit.ts';
import {
  clearLoginFailures,
  consumeAccountToken,
  findUserByEmail,
  findUserById,
  issueAccountToken,
  retireAccountTokens,
  type UserRow,
} from './queries.ts';
import { sendConfirmation, warnAddressTaken } from './registration.ts';

const resetLifetimeMs = 3_600_000;

/** Mails a single-use reset link when the address has an account (see acceptMailLinkRequest). */
export async function requestPasswordReset(dependencies: AppDependencies, email: string): Promise<void> {
  await unitOfWork(dependencies, async (db) => {
    const user = await findUserByEmail(db, email);
    if (!user) return;
    const token = await issueAccountToken(db, user.id, 'reset_password', user.email, resetLifetimeMs);
    const link = `${dependencies.config.publicUrl}/reset-password?token=${token}`;
    await recordEvent(db, { type: 'accounts.reset_issued', actorId: null, subject: { type: 'user', id: user.id }, payload: { link } });
  });
}

/** Sets the new password and closes every session: whoever knew the old one is signed out. */
export async function completePasswordReset(dependencies: AppDependencies, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await unitOfWork(dependencies, async (db) => {
    const used = await consumeAccountToken(db, token, 'reset_password');
    const user = used && (await findUserById(db, used.userId));
    if (!user) throw new AppError('invalid_token', 'This link is not valid any more: it was used, it expired, or it was mistyped');
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, email_confirmed_at: user.email_confirmed_at ?? new Date() })
      .where('id', '=', user.id)
      .execute();
    await retireAccountTokens(db, user.id);
    await clearLoginFailures(db, used.email);
    await endSessions(db, user.id, user.id);
  });
}

/** Checks the password of a signed-in person; a stolen session cannot guess it more than sign-in can. */
async function requirePassword({ database }: AppDependencies, actor: Actor, password: string): Promise<UserRow> {
  await consumeLimit(database.db, limits.passwordChecksPerAccount, actor.userId);
  const user = await findUserById(database.db, actor.userId);
  if (!user) throw notFound('This account');
  if (!(await verifyPassword(user.password_hash, password))) throw new AppError('invalid_credentials', 'The current password is wrong');
  await clearLimit(database.db, limits.passwordChecksPerAccount, actor.userId);
  return user;
}

/** Changes the password; the person's other sessions are closed, this one stays open. */
export async function changePassword(
  dependencies: AppDependencies,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await requirePassword(dependencies, actor, currentPassword);
  const passwordHash = await hashPassword(newPassword);
  await unitOfWork(dependencies, async (db) => {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, password_must_change: false })
      .where('id', '=', actor.userId)
      .execute();
    await endSessions(db, actor.userId, actor.userId, { except: actor.sessionId });
  });
}

/**
 * Sends a confirmation link to the new address; the address changes only when it is confirmed.
 * An address that belongs to someone else gets the usual warning instead, and the answer is the same.
 */
export async function requestEmailChange(dependencies: AppDependencies, actor: Actor, newEmail: string, password: string): Promise<void> {
  authorize(accountPolicy, actor, 'manageAccount');
  const user = await requirePassword(dependencies, actor, password);
  await unitOfWork(dependencies, async (db) => {
    const owner = await findUserByEmail(db, newEmail);
    if (owner && owner.id !== user.id) {
      await warnAddressTaken(db, actor.userId, owner);
      return;
    }
    await sendConfirmation(db, dependencies, actor.userId, { id: user.id, email: newEmail, language: user.language });
  });
}

export async function listOwnSessions({ database }: AppDependencies, actor: Actor): Promise<ActiveSession[]> {
  const sessions = await activeSessionsOf(database.db, actor.userId);
  return sessions.map((session) => ({ ...session, current: session.id === actor.sessionId }));
}

/** Ends one of the person's own sessions; another person's is "not found". */
export async function endOwnSession(dependencies: AppDependencies, actor: Actor, sessionId: string): Promise<void> {
  await unitOfWork(dependencies, async (db) => {
    if ((await endSessions(db, actor.userId, actor.userId, { only: sessionId })).length === 0) throw notFound('This session');
  });
}

/** Signs out: this session ends, and so do its pages open in real time. */
export async function signOut(dependencies: AppDependencies, actor: Actor): Promise<void> {
  await unitOfWork(dependencies, (db) => endSessions(db, actor.userId, actor.userId, { only: actor.sessionId }));
}

/** Deletes the account and everything that is only theirs (profile, sessions, links); schools stay. */
export async function deleteOwnAccount(dependencies: AppDependencies, actor: Actor, password: string): Promise<void> {
  authorize(accountPolicy, actor, 'manageAccount');
  await requirePassword(dependencies, actor, password);
  await unitOfWork(dependencies, async (db) => {
    await endSessions(db, actor.userId, actor.userId);
    await dependencies.personalData.erase(db, actor.userId);
    await db.deleteFrom('users').where('id', '=', actor.userId).execute();
  });
}
