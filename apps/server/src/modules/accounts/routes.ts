import { accountsOperations as operations } from '@jumelage/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireActor, type Actor } from '../../platform/auth/actor.ts';
import { sessionCookieName } from '../../platform/auth/actor.ts';
import { sessionLifetimeDays } from './sessions.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { getOwnAccount, requestNewReview, updateOwnProfile } from './account.ts';
import { signOut } from './credentials.ts';
import { confirmEmail, registerTeacher, resendConfirmation } from './registration.ts';
import { acceptMailLinkRequest } from './mail-links.ts';
import { signIn, signInPupil } from './sign-in.ts';

const accepted = { status: 'accepted' } as const;

export const accountsRoutes: AppPlugin = async (app, dependencies) => {
  const secureCookie = dependencies.config.publicUrl.startsWith('https://');

  route(app, operations.register, async (request) => {
    await registerTeacher(dependencies, request.body, request.ip);
    return accepted;
  });

  route(app, operations.confirmEmail, async (request) => {
    await confirmEmail(dependencies, request.body.token);
    return { confirmed: true as const };
  });

  route(app, operations.resendConfirmation, async (request) => {
    const { email } = request.body;
    await acceptMailLinkRequest(dependencies, { ip: request.ip, email, log: request.log }, () => resendConfirmation(dependencies, email));
    return accepted;
  });

  route(app, operations.signIn, async (request, reply) =>
    startSession(reply, await signIn(dependencies, request.body.email, request.body.password, sessionMeta(request))),
  );

  route(app, operations.signInPupil, async (request, reply) =>
    startSession(reply, await signInPupil(dependencies, request.body.username, request.body.password, sessionMeta(request))),
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

  route(app, operations.readSession, async (request) => {
    if (!request.actor) return { session: null };
    return { session: { account: await getOwnAccount(dependencies, request.actor), csrfToken: request.csrfToken! } };
  });

  route(app, operations.signOut, async (request, reply) => {
    if (request.actor) await signOut(dependencies, request.actor);
    clearSessionCookie(reply);
  });

  route(app, operations.readAccount, async (request) => getOwnAccount(dependencies, requireActor(request.actor)));
  route(app, operations.requestReview, async (request) => requestNewReview(dependencies, requireActor(request.actor)));
  route(app, operations.updateProfile, async (request) => updateOwnProfile(dependencies, requireActor(request.actor), request.body));
};

function sessionMeta(request: FastifyRequest) {
  return { userAgent: request.headers['user-agent'] ?? '', ip: request.ip };
}

function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
}
