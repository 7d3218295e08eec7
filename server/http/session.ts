import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import type { Actor } from '../modules/auth/actor';
import { resolveSession } from '../modules/auth/auth.service';
import type { UserRow } from '../modules/auth/auth.repository';

export const SESSION_COOKIE = 'lp_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionUser: UserRow | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie to an actor on every API request. State-changing requests made with a
 * session must echo its CSRF token in a header: a cross-site form cannot set headers, and SameSite
 * cookies are the second line.
 */
export function registerSession(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const session = await resolveSession(deps, token);
    if (!session) return;
    request.actor = session.actor;
    request.sessionUser = session.user;
    request.sessionToken = token;
    request.csrfToken = session.csrfToken;
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new AppError('CSRF_FAILED', 'Missing or wrong CSRF token: reload the page and try again');
    }
  });
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.config.cookieSecure });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Log in to do this');
  return request.actor;
}
