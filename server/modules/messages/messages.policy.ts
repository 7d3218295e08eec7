import { MESSAGES_PER_MINUTE, NEW_THREADS_PER_HOUR } from '../../../contracts/messages';
import type { Actor } from '../auth/actor';

export type Decision = { ok: true } | { ok: false; reason: 'self' | 'blocked' | 'unverified' };

/**
 * Whether the actor may write to `otherId`: never to oneself, never across a block in either
 * direction (the blocked user cannot reach the blocker, and the blocker must unblock first), and only
 * from a confirmed address (spam from throwaway accounts).
 */
export function canMessage(
  actor: Pick<Actor, 'userId' | 'emailVerified'>,
  otherId: string,
  blocks: { iBlocked: boolean; theyBlocked: boolean },
): Decision {
  if (actor.userId === otherId) return { ok: false, reason: 'self' };
  if (blocks.iBlocked || blocks.theyBlocked) return { ok: false, reason: 'blocked' };
  if (!actor.emailVerified) return { ok: false, reason: 'unverified' };
  return { ok: true };
}

/** Threads are visible to their two participants only. */
export function isParticipant(userId: string, thread: { userLowId: string; userHighId: string }): boolean {
  return thread.userLowId === userId || thread.userHighId === userId;
}

export function otherParticipant(userId: string, thread: { userLowId: string; userHighId: string }): string {
  return thread.userLowId === userId ? thread.userHighId : thread.userLowId;
}

/** A pair is stored ordered, so one pair (and context) has one thread whoever writes first. */
export function orderPair(a: string, b: string): { userLowId: string; userHighId: string } {
  return a < b ? { userLowId: a, userHighId: b } : { userLowId: b, userHighId: a };
}

export const RATE_WINDOWS = { thread: 3_600_000, message: 60_000 } as const;

/** Within the rolling windows: at most NEW_THREADS_PER_HOUR new threads and MESSAGES_PER_MINUTE messages. */
export function withinRateLimit(kind: 'thread' | 'message', recentCount: number): boolean {
  return recentCount < (kind === 'thread' ? NEW_THREADS_PER_HOUR : MESSAGES_PER_MINUTE);
}

/** Platform administrators handle reports. */
export function canModerateReports(actor: Actor): boolean {
  return actor.isPlatformAdmin;
}

/** The start of a message as shown in lists and notifications, on one line. */
export function excerpt(body: string, max = 140): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
