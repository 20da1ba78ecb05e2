import type { DomainModule } from '../../platform/module.ts';
import { accountEventHandlers } from './events.ts';
import { credentialsRoutes } from './credentials-routes.ts';
import { accountPersonalData } from './personal-data.ts';
import { accountsRoutes } from './routes.ts';
import { resolveSession } from './sessions.ts';

export { accountPolicy } from './policy.ts';
export { findUserByEmail, insertUser, issueAccountToken } from './queries.ts';
export { sessionHolder } from './sessions.ts';
export { signInPace } from './sign-in-pace.ts';
export type { AccountsTables } from './tables.ts';

/** Teachers' and officers' accounts: registration, sign-in, profile, passwords and sessions. */
export const accountsModule: DomainModule = {
  name: 'accounts',
  routes: [accountsRoutes, credentialsRoutes],
  sessions:
    ({ database }) =>
    (token) =>
      resolveSession(database.db, token),
  events: accountEventHandlers,
  mails: ['confirm_email', 'already_registered', 'reset_password'],
  personalData: accountPersonalData,
};
