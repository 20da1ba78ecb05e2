import cookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { sessionCookieName, type Actor, type SessionResolver } from '../auth/actor.ts';
import { AppError } from '../errors.ts';
import type { App } from './app-plugin.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    actor: Actor | undefined;
    /** The session's token against cross-site requests, given to the page that signs in. */
    csrfToken: string | undefined;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie into `request.actor` for API routes, and refuses cross-site
 * changes: every unsafe request, whatever its path, must come from our own origin, and a
 * signed-in one must also carry the session's CSRF token in `x-csrf-token`. Paths are the routed
 * ones (onRequest runs after routing), never the raw URL: `/%61pi/session` is `/api/session`.
 */
export async function installAuthentication(app: App, resolveSession: SessionResolver): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('csrfToken', undefined);
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    const unsafe = unsafeMethods.has(request.method);
    if (!unsafe && !route?.startsWith('/api/')) return;
    const token = request.cookies[sessionCookieName];
    const session = token ? await resolveSession(token) : undefined;
    if (unsafe) checkSameOrigin(request, session?.csrfToken);
    request.actor = session?.actor;
    request.csrfToken = session?.csrfToken;
    // What such a session may still reach (who am I, sign out, change it) says so in its operation.
    if (session?.passwordMustChange && !request.routeOptions.config.operation?.whilePasswordMustChange) {
      throw new AppError('password_change_required', 'Choose your own password first: the one on the card works only once');
    }
  });
}

function checkSameOrigin(request: FastifyRequest, csrfToken: string | undefined): void {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') throw csrfFailed();
  const origin = request.headers.origin;
  if (origin !== undefined && URL.parse(origin)?.host !== request.headers.host) throw csrfFailed();
  if (csrfToken !== undefined && request.headers['x-csrf-token'] !== csrfToken) throw csrfFailed();
}

function csrfFailed(): AppError {
  return new AppError('csrf_failed', 'This change did not come from a page of this site; reload the page and try again');
}
