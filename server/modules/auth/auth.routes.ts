import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  EmailBodySchema,
  LoginBodySchema,
  RegisterBodySchema,
  ResetPasswordBodySchema,
  SessionResponseSchema,
  TokenBodySchema,
  UpdateMeBodySchema,
  UserSchema,
} from '../../../contracts/auth';
import { OkSchema } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { errorResponses, typed } from '../../http/route-helpers';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../http/session';
import { presentUser } from './auth.presenter';
import * as auth from './auth.service';

const tags = ['auth'];

export function authRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    const app = typed(instance);

    app.post('/auth/register', {
      schema: { tags, body: RegisterBodySchema, response: { 201: z.object({ user: UserSchema }), ...errorResponses } },
    }, async (request, reply) => {
      const user = await auth.register(deps, request.body);
      return reply.status(201).send({ user: presentUser(user) });
    });

    app.post('/auth/verify', {
      schema: { tags, body: TokenBodySchema, response: { 200: z.object({ user: UserSchema }), ...errorResponses } },
    }, async (request) => ({ user: presentUser(await auth.verifyEmail(deps, request.body.token)) }));

    app.post('/auth/verify/resend', {
      schema: { tags, body: EmailBodySchema, response: { 202: OkSchema, ...errorResponses } },
    }, async (request, reply) => {
      await auth.resendVerification(deps, request.body.email);
      return reply.status(202).send({ ok: true });
    });

    app.post('/auth/login', {
      schema: { tags, body: LoginBodySchema, response: { 200: SessionResponseSchema, ...errorResponses } },
    }, async (request, reply) => {
      const session = await auth.login(deps, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      });
      setSessionCookie(reply, deps, session.token, session.expiresAt);
      return { user: presentUser(session.user), csrfToken: session.csrfToken };
    });

    app.post('/auth/logout', {
      schema: { tags, response: { 200: OkSchema, ...errorResponses } },
    }, async (request, reply) => {
      if (request.sessionToken) await auth.logout(deps, request.sessionToken);
      clearSessionCookie(reply, deps);
      return { ok: true as const };
    });

    app.get('/auth/session', {
      schema: { tags, response: { 200: SessionResponseSchema } },
    }, async (request) => ({
      user: request.sessionUser ? presentUser(request.sessionUser) : null,
      csrfToken: request.csrfToken,
    }));

    app.post('/auth/password/forgot', {
      schema: { tags, body: EmailBodySchema, response: { 202: OkSchema, ...errorResponses } },
    }, async (request, reply) => {
      await auth.forgotPassword(deps, request.body.email);
      return reply.status(202).send({ ok: true });
    });

    app.post('/auth/password/reset', {
      schema: { tags, body: ResetPasswordBodySchema, response: { 200: OkSchema, ...errorResponses } },
    }, async (request, reply) => {
      await auth.resetPassword(deps, request.body);
      clearSessionCookie(reply, deps);
      return { ok: true as const };
    });

    app.patch('/me', {
      schema: { tags, body: UpdateMeBodySchema, response: { 200: z.object({ user: UserSchema }), ...errorResponses } },
    }, async (request) => ({ user: presentUser(await auth.updateMe(deps, requireActor(request), request.body)) }));
  };
}
