import type { AccountRole, AccountStatus } from '@jumelage/contracts';
import { AppError } from '../errors.ts';

/** Who is making a request: known after the session cookie is checked. */
export type Actor = {
  userId: string;
  role: AccountRole;
  status: AccountStatus;
  countryCode: string | null;
  sessionId: string;
};

/** The cookie that carries a session's token, and nothing else. */
export const sessionCookieName = 'jumelage_session';

/** `passwordMustChange`: a pupil still on the password of their card may only choose a new one. */
export type ResolvedSession = { actor: Actor; csrfToken: string; passwordMustChange: boolean };

/** Finds the live session a cookie's token opens (the accounts module knows sessions). */
export type SessionResolver = (token: string) => Promise<ResolvedSession | undefined>;

export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Sign in first');
  return actor;
}

export function forbidden(message = 'You may not do this'): AppError {
  return new AppError('forbidden', message);
}
