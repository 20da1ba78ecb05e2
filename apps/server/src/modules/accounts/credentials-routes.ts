import { accountsOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import { sessionCookieName } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { acceptMailLinkRequest } from './mail-links.ts';
import {
  changePassword,
  completePasswordReset,
  deleteOwnAccount,
  endOwnSession,
  listOwnSessions,
  requestEmailChange,
  requestPasswordReset,
} from './credentials.ts';

/** Passwords, e-mail address, sessions and deletion of one's own account. */
export const credentialsRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.requestPasswordReset, async (request) => {
    const { email } = request.body;
    await acceptMailLinkRequest(dependencies, { ip: request.ip, email, log: request.log }, () => requestPasswordReset(dependencies, email));
    return { status: 'accepted' as const };
  });

  route(app, operations.completePasswordReset, async (request) =>
    completePasswordReset(dependencies, request.body.token, request.body.password),
  );

  route(app, operations.changePassword, async (request) =>
    changePassword(dependencies, requireActor(request.actor), request.body.currentPassword, request.body.newPassword),
  );

  route(app, operations.changeEmail, async (request) => {
    await requestEmailChange(dependencies, requireActor(request.actor), request.body.newEmail, request.body.password);
    return { status: 'accepted' as const };
  });

  route(app, operations.listSessions, async (request) => ({ sessions: await listOwnSessions(dependencies, requireActor(request.actor)) }));
  route(app, operations.endSession, async (request) => endOwnSession(dependencies, requireActor(request.actor), request.params.id));

  route(app, operations.deleteAccount, async (request, reply) => {
    await deleteOwnAccount(dependencies, requireActor(request.actor), request.body.password);
    reply.clearCookie(sessionCookieName, { path: '/' });
  });
};
