import {
  acceptedResponseSchema,
  accountSchema,
  currentSessionResponseSchema,
  loginRequestSchema,
  pupilLoginRequestSchema,
  registerRequestSchema,
  requestPasswordResetSchema,
  sessionResponseSchema,
  tokenRequestSchema,
  updateProfileRequestSchema,
} from '@jumelage/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireActor, type Actor } from '../../platform/auth/actor.ts';
import { sessionCookieName } from '../../platform/auth/actor.ts';
import { sessionLifetimeDays } from './sessions.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { getOwnAccount, requestNewReview, updateOwnProfile } from './account.ts';
import { signOut } from './credentials.ts';
import { confirmEmail, registerTeacher, resendConfirmation } from './registration.ts';
import { acceptMailLinkRequest } from './mail-links.ts';
import { signIn, signInPupil } from './sign-in.ts';

const tags = ['accounts'];

export const accountsRoutes: AppPlugin = async (app, dependencies) => {
  const secureCookie = dependencies.config.publicUrl.startsWith('https://');

  app.post(
    '/api/accounts',
    { schema: { tags, summary: 'Register as a teacher (pending validation)', body: registerRequestSchema, response: { 202: acceptedResponseSchema } } },
    async (request, reply) => {
      await registerTeacher(dependencies, request.body, request.ip);
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/api/accounts/confirm-email',
    { schema: { tags, summary: 'Confirm an e-mail address with the emailed link', body: tokenRequestSchema, response: { 200: z.object({ confirmed: z.literal(true) }) } } },
    async (request) => {
      await confirmEmail(dependencies, request.body.token);
      return { confirmed: true as const };
    },
  );

  app.post(
    '/api/accounts/confirm-email/resend',
    { schema: { tags, summary: 'Send the confirmation link again', body: requestPasswordResetSchema, response: { 202: acceptedResponseSchema } } },
    async (request, reply) => {
      const { email } = request.body;
      await acceptMailLinkRequest(dependencies, { ip: request.ip, email, log: request.log }, () => resendConfirmation(dependencies, email));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/api/session',
    { schema: { tags, summary: 'Sign in', body: loginRequestSchema, response: { 200: sessionResponseSchema } } },
    async (request, reply) => startSession(reply, await signIn(dependencies, request.body.email, request.body.password, sessionMeta(request))),
  );

  app.post(
    '/api/session/pupil',
    { schema: { tags, summary: 'Sign in as a pupil, with the username and password of the card', body: pupilLoginRequestSchema, response: { 200: sessionResponseSchema } } },
    async (request, reply) => startSession(reply, await signInPupil(dependencies, request.body.username, request.body.password, sessionMeta(request))),
  );

  async function startSession(reply: FastifyReply, { actor, token, csrfToken }: { actor: Actor; token: string; csrfToken: string }) {
    reply.setCookie(sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie,
      path: '/',
      maxAge: sessionLifetimeDays * 86_400,
    });
    return { account: await getOwnAccount(dependencies, actor), csrfToken };
  }

  app.get(
    '/api/session',
    { schema: { tags, summary: 'The current session, if any', response: { 200: currentSessionResponseSchema } } },
    async (request) => {
      if (!request.actor) return { session: null };
      return { session: { account: await getOwnAccount(dependencies, request.actor), csrfToken: request.csrfToken! } };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags, summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.actor) await signOut(dependencies, request.actor);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/account',
    { schema: { tags, summary: 'My account and profile', response: { 200: accountSchema } } },
    async (request) => getOwnAccount(dependencies, requireActor(request.actor)),
  );

  app.post(
    '/api/account/review-request',
    { schema: { tags, summary: 'After a rejection: ask the national support service to look again', response: { 200: accountSchema } } },
    async (request) => requestNewReview(dependencies, requireActor(request.actor)),
  );

  app.put(
    '/api/account/profile',
    { schema: { tags, summary: 'Update my name, language and profile', body: updateProfileRequestSchema, response: { 200: accountSchema } } },
    async (request) => updateOwnProfile(dependencies, requireActor(request.actor), request.body),
  );
};

function sessionMeta(request: FastifyRequest) {
  return { userAgent: request.headers['user-agent'] ?? '', ip: request.ip };
}

function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
}
