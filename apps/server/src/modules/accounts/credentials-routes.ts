import {
  acceptedResponseSchema,
  changeEmailRequestSchema,
  changePasswordRequestSchema,
  completePasswordResetSchema,
  deleteAccountRequestSchema,
  listSessionsResponseSchema,
  requestPasswordResetSchema,
} from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { sessionCookieName } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { acceptMailLinkRequest } from './mail-links.ts';
import { changePassword, completePasswordReset, deleteOwnAccount, endOwnSession, listOwnSessions, requestEmailChange, requestPasswordReset } from './credentials.ts';

const tags = ['accounts'];
const noContent = { 204: z.null() };

/** Passwords, e-mail address, sessions and deletion of one's own account. */
export const credentialsRoutes: AppPlugin = async (app, dependencies) => {
  app.post(
    '/api/accounts/password-reset',
    { schema: { tags, summary: 'Mail a link to choose a new password', body: requestPasswordResetSchema, response: { 202: acceptedResponseSchema } } },
    async (request, reply) => {
      const { email } = request.body;
      await acceptMailLinkRequest(dependencies, { ip: request.ip, email, log: request.log }, () => requestPasswordReset(dependencies, email));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/api/accounts/password-reset/complete',
    { schema: { tags, summary: 'Choose a new password with the mailed link', body: completePasswordResetSchema, response: noContent } },
    async (request, reply) => {
      await completePasswordReset(dependencies, request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/account/password',
    { schema: { tags, summary: 'Change my password (my other sessions end)', body: changePasswordRequestSchema, response: noContent } },
    async (request, reply) => {
      await changePassword(dependencies, requireActor(request.actor), request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/account/email',
    { schema: { tags, summary: 'Change my e-mail address (confirmed by a link sent to it)', body: changeEmailRequestSchema, response: { 202: acceptedResponseSchema } } },
    async (request, reply) => {
      await requestEmailChange(dependencies, requireActor(request.actor), request.body.newEmail, request.body.password);
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.get(
    '/api/account/sessions',
    { schema: { tags, summary: 'My active sessions', response: { 200: listSessionsResponseSchema } } },
    async (request) => ({ sessions: await listOwnSessions(dependencies, requireActor(request.actor)) }),
  );

  app.delete(
    '/api/account/sessions/:id',
    { schema: { tags, summary: 'End one of my sessions', params: z.strictObject({ id: z.uuid() }), response: noContent } },
    async (request, reply) => {
      await endOwnSession(dependencies, requireActor(request.actor), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/account',
    { schema: { tags, summary: 'Delete my account', body: deleteAccountRequestSchema, response: noContent } },
    async (request, reply) => {
      await deleteOwnAccount(dependencies, requireActor(request.actor), request.body.password);
      return reply.clearCookie(sessionCookieName, { path: '/' }).status(204).send(null);
    },
  );
};
