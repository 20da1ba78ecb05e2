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

export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new AppError('unauthenticated', 401, 'Sign in first');
  return actor;
}

export function forbidden(message = 'You may not do this'): AppError {
  return new AppError('forbidden', 403, message);
}
