import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { openSession, type SessionMeta } from '../../platform/auth/sessions.ts';
import { verifyPassword } from '../../platform/auth/secrets.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { clearLoginFailures, findUserByEmail, recentLoginFailures, recordLoginFailure } from './queries.ts';

export const loginLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 30 };

/**
 * Checks the password and opens a session. Failures are counted per account and per address in
 * the database (so every process sees them); past the limit even a right password waits.
 * Unknown address and wrong password give the same error, in the same time.
 */
export async function signIn({ database }: AppDependencies, email: string, password: string, meta: SessionMeta) {
  const db = database.db;
  // Counted as a failure until the password proves right: a burst of parallel guesses sees itself.
  const attemptId = await recordLoginFailure(db, email, meta.ip);
  const failures = await recentLoginFailures(db, attemptId, email, meta.ip, loginLimits.windowMs);
  if (failures.forAccount > loginLimits.perAccount || failures.forAddress > loginLimits.perAddress) {
    throw new AppError('rate_limited', 429, 'Too many failed sign-ins for this account or from this address; wait 15 minutes or reset the password');
  }
  const user = await findUserByEmail(db, email);
  if (!(await verifyPassword(user?.password_hash, password)) || !user) {
    throw new AppError('invalid_credentials', 401, 'The e-mail address or the password is wrong');
  }
  await clearLoginFailures(db, email);
  if (!user.email_confirmed_at) throw new AppError('email_not_confirmed', 403, 'Confirm the e-mail address first, with the link we sent');
  const { sessionId, token, csrfToken } = await openSession(db, user.id, meta);
  const actor: Actor = { userId: user.id, role: user.role, status: user.status, countryCode: user.country_code, sessionId };
  return { actor, token, csrfToken };
}
