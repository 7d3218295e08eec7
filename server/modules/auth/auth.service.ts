import type { z } from 'zod';
import type {
  LoginBodySchema,
  RegisterBodySchema,
  ResetPasswordBodySchema,
  UpdateMeBodySchema,
} from '../../../contracts/auth';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { enqueueEmail } from '../../jobs/send-email.job';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../lib/passwords';
import { hashToken, newToken } from '../../lib/tokens';
import type { Actor } from './actor';
import * as repo from './auth.repository';
import { actorFromUser } from './auth.presenter';

const HOUR = 3_600_000;
const VERIFY_TTL_MS = 24 * HOUR;
const RESET_TTL_MS = 1 * HOUR;
const LOGIN_WINDOW_MS = 15 * 60_000;
const MAX_FAILED_PER_EMAIL = 5;
const MAX_FAILED_PER_IP = 30;

export interface SessionHandle {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: repo.UserRow;
}

/** A new single-use link voids the user's older unused ones of the same purpose; only its hash is stored. */
async function issueToken(deps: Deps, tx: Parameters<typeof repo.insertToken>[0], user: repo.UserRow, purpose: repo.TokenPurpose, ttlMs: number) {
  const now = deps.clock.now();
  const token = newToken();
  await repo.voidTokens(tx, user.id, purpose, now);
  await repo.insertToken(tx, { userId: user.id, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + ttlMs) });
  return token;
}

async function sendVerificationLink(deps: Deps, tx: Parameters<typeof repo.insertToken>[0], user: repo.UserRow) {
  const token = await issueToken(deps, tx, user, 'verify_email', VERIFY_TTL_MS);
  await enqueueEmail(deps.jobs, tx, 'verifyEmail', {
    to: user.email,
    locale: user.locale,
    url: `${deps.config.publicUrl}/verify-email?token=${token}`,
  });
}

export async function register(deps: Deps, input: z.output<typeof RegisterBodySchema>): Promise<repo.UserRow> {
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, {
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale: input.locale,
    });
    await sendVerificationLink(deps, tx, user);
    return user;
  });
}

/** Always answers the same way so the endpoint cannot be used to probe which e-mails exist. */
export async function resendVerification(deps: Deps, email: string): Promise<void> {
  const user = await repo.findUserByEmail(deps.db, email);
  if (!user || user.emailVerifiedAt) return;
  await deps.db.transaction((tx) => sendVerificationLink(deps, tx, user));
}

export async function verifyEmail(deps: Deps, token: string): Promise<repo.UserRow> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const userId = await repo.consumeToken(tx, hashToken(token), 'verify_email', now);
    if (!userId) throw new AppError('INVALID_TOKEN', 'This confirmation link is invalid, already used or expired', [{ path: 'token', message: 'Invalid or expired' }]);
    return repo.updateUser(tx, userId, { emailVerifiedAt: now, updatedAt: now });
  });
}

async function openSession(deps: Deps, user: repo.UserRow, userAgent: string | null): Promise<SessionHandle> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.sessionDays * 24 * HOUR);
  await repo.insertSession(deps.db, { id: hashToken(token), userId: user.id, csrfToken, expiresAt, userAgent });
  return { token, csrfToken, expiresAt, user };
}

export async function login(
  deps: Deps,
  input: z.output<typeof LoginBodySchema>,
  context: { ip: string; userAgent: string | null },
): Promise<SessionHandle> {
  const since = new Date(deps.clock.now().getTime() - LOGIN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    repo.countFailedLogins(deps.db, 'email', input.email, since),
    repo.countFailedLogins(deps.db, 'ip', context.ip, since),
  ]);
  if (byEmail >= MAX_FAILED_PER_EMAIL || byIp >= MAX_FAILED_PER_IP) {
    throw new AppError('RATE_LIMITED', 'Too many failed attempts. Wait 15 minutes or reset your password.');
  }
  const user = await repo.findUserByEmail(deps.db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  await repo.recordLoginAttempt(deps.db, input.email, context.ip, ok && !!user);
  if (!user || !ok) throw new AppError('INVALID_CREDENTIALS', 'Wrong e-mail or password');
  if (!user.emailVerifiedAt) {
    throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your e-mail address first: open the link we sent you');
  }
  return openSession(deps, user, context.userAgent);
}

export async function logout(deps: Deps, sessionToken: string): Promise<void> {
  await repo.deleteSession(deps.db, hashToken(sessionToken));
}

export async function resolveSession(deps: Deps, sessionToken: string) {
  const row = await repo.findSessionWithUser(deps.db, hashToken(sessionToken), deps.clock.now());
  if (!row) return null;
  return { actor: actorFromUser(row.user), user: row.user, csrfToken: row.session.csrfToken };
}

export async function forgotPassword(deps: Deps, email: string): Promise<void> {
  const user = await repo.findUserByEmail(deps.db, email);
  if (!user) return;
  await deps.db.transaction(async (tx) => {
    const token = await issueToken(deps, tx, user, 'reset_password', RESET_TTL_MS);
    await enqueueEmail(deps.jobs, tx, 'resetPassword', {
      to: user.email,
      locale: user.locale,
      url: `${deps.config.publicUrl}/reset-password?token=${token}`,
    });
  });
}

export async function resetPassword(deps: Deps, input: z.output<typeof ResetPasswordBodySchema>): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const userId = await repo.consumeToken(tx, hashToken(input.token), 'reset_password', now);
    if (!userId) throw new AppError('INVALID_TOKEN', 'This reset link is invalid, already used or expired', [{ path: 'token', message: 'Invalid or expired' }]);
    // Following the link proves the mailbox, so it also verifies the address.
    const user = await repo.findUserById(tx, userId);
    await repo.updateUser(tx, userId, { passwordHash, updatedAt: now, emailVerifiedAt: user?.emailVerifiedAt ?? now });
    // A reset logs out every other device.
    await repo.deleteUserSessions(tx, userId);
  });
}

export async function updateMe(deps: Deps, actor: Actor, input: z.output<typeof UpdateMeBodySchema>) {
  return repo.updateUser(deps.db, actor.userId, { ...input, updatedAt: deps.clock.now() });
}
