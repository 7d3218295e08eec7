import type { z } from 'zod';
import type { MessageContext, ReportBodySchema, StartThreadBodySchema } from '../../../contracts/messages';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Actor } from '../auth/actor';
import { markNotificationsReadByLink } from '../notifications/notifications.service';
import { notify } from '../notifications/notify';
import {
  canMessage,
  canModerateReports,
  excerpt,
  isParticipant,
  orderPair,
  otherParticipant,
  RATE_WINDOWS,
  withinRateLimit,
  type Decision,
} from './messages.policy';
import * as repo from './messages.repository';
import type { MessageRow, PersonRow, ThreadRow } from './messages.repository';

type StartInput = z.output<typeof StartThreadBodySchema>;
type ReportInput = z.output<typeof ReportBodySchema>;

/** A thread shows its newest messages; older ones stay stored. */
const THREAD_PAGE = 500;

const threadLink = (threadId: string) => `/messages/${threadId}`;

function assertAllowed(decision: Decision): void {
  if (decision.ok) return;
  if (decision.reason === 'unverified')
    throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your e-mail address to send messages');
  if (decision.reason === 'self') throw AppError.validation('to', 'You cannot send a message to yourself');
  throw AppError.forbidden('You cannot exchange messages with this user');
}

async function assertWithinRate(
  tx: DbOrTx,
  deps: Deps,
  actor: Actor,
  kind: 'thread' | 'message',
): Promise<void> {
  const since = new Date(deps.clock.now().getTime() - RATE_WINDOWS[kind]);
  const recent =
    kind === 'thread'
      ? await repo.countThreadsSince(tx, actor.userId, since)
      : await repo.countMessagesSince(tx, actor.userId, since);
  if (withinRateLimit(kind, recent)) return;
  throw new AppError(
    'RATE_LIMITED',
    kind === 'thread'
      ? 'You started too many conversations in the last hour: try again later'
      : 'You sent too many messages in the last minute: wait a moment',
  );
}

/** Stores the message and tells the recipient, in the caller's transaction. */
async function post(
  deps: Deps,
  tx: DbOrTx,
  actor: Actor,
  thread: ThreadRow,
  body: string,
): Promise<MessageRow> {
  const recipientId = otherParticipant(actor.userId, thread);
  const before = await repo.readState(tx, thread.id, recipientId);
  const now = deps.clock.now();
  const message = await repo.insertMessage(tx, {
    threadId: thread.id,
    senderId: actor.userId,
    recipientId,
    body,
    now,
  });
  const name = actor.displayName;
  await notify(deps, tx, [
    {
      userId: recipientId,
      kind: 'message.new',
      title: { en: `New message from ${name}`, fr: `Nouveau message de ${name}` },
      body: { en: excerpt(body, 500), fr: excerpt(body, 500) },
      link: threadLink(thread.id),
      // One notification (and e-mail) per unread stretch: further messages before the recipient
      // reads the thread add to it silently.
      dedupeKey: `message:${thread.id}:${before?.lastReadAt?.toISOString() ?? 'never'}`,
    },
  ]);
  return message;
}

/**
 * Sends a first message to `to` (about `about`, if given). An existing thread with the same person
 * about the same thing receives it instead of a second thread.
 */
export async function startThread(
  deps: Deps,
  actor: Actor,
  input: StartInput,
): Promise<{ thread: ThreadRow; created: boolean }> {
  const recipient = await repo.findPerson(deps.db, input.to);
  if (!recipient) throw AppError.notFound('User');
  return deps.db.transaction(async (tx) => {
    await repo.lockUser(tx, actor.userId);
    assertAllowed(canMessage(actor, recipient.id, await repo.blockState(tx, actor.userId, recipient.id)));
    const pair = orderPair(actor.userId, recipient.id);
    const context = input.about ?? null;
    let thread = await repo.findThreadByPair(tx, pair, context);
    let created = false;
    if (!thread) {
      await assertWithinRate(tx, deps, actor, 'thread');
      ({ thread, created } = await repo.insertThread(tx, {
        ...pair,
        contextKind: context?.kind ?? null,
        contextId: context?.id ?? null,
        createdBy: actor.userId,
        now: deps.clock.now(),
      }));
    }
    await assertWithinRate(tx, deps, actor, 'message');
    await post(deps, tx, actor, thread, input.body);
    return { thread, created };
  });
}

async function loadThread(db: DbOrTx, actor: Actor, id: string): Promise<ThreadRow> {
  const thread = await repo.findThread(db, id);
  // Someone else's thread answers like one that does not exist.
  if (!thread || !isParticipant(actor.userId, thread)) throw AppError.notFound('Thread');
  return thread;
}

export async function reply(deps: Deps, actor: Actor, threadId: string, body: string): Promise<MessageRow> {
  return deps.db.transaction(async (tx) => {
    const thread = await loadThread(tx, actor, threadId);
    await repo.lockUser(tx, actor.userId);
    const otherId = otherParticipant(actor.userId, thread);
    assertAllowed(canMessage(actor, otherId, await repo.blockState(tx, actor.userId, otherId)));
    await assertWithinRate(tx, deps, actor, 'message');
    return post(deps, tx, actor, thread, body);
  });
}

export interface ThreadView {
  thread: ThreadRow;
  other: PersonRow;
  messages: MessageRow[];
  unreadCount: number;
  blocks: { iBlocked: boolean; theyBlocked: boolean };
}

export async function getThread(deps: Deps, actor: Actor, id: string): Promise<ThreadView> {
  const thread = await loadThread(deps.db, actor, id);
  const otherId = otherParticipant(actor.userId, thread);
  const [other, messages, read, blocks] = await Promise.all([
    repo.findPerson(deps.db, otherId),
    repo.listMessages(deps.db, id, THREAD_PAGE),
    repo.readState(deps.db, id, actor.userId),
    repo.blockState(deps.db, actor.userId, otherId),
  ]);
  return { thread, other: other!, messages, unreadCount: read?.unreadCount ?? 0, blocks };
}

/** Opening a thread reads it, and the notifications pointing at it. */
export async function markThreadRead(deps: Deps, actor: Actor, id: string): Promise<void> {
  await loadThread(deps.db, actor, id);
  await repo.markThreadRead(deps.db, id, actor.userId, deps.clock.now());
  await markNotificationsReadByLink(deps, actor.userId, threadLink(id));
}

export function listThreads(deps: Deps, actor: Actor) {
  return repo.listThreads(deps.db, actor.userId);
}

export function unreadTotal(deps: Deps, actor: Actor): Promise<number> {
  return repo.unreadTotal(deps.db, actor.userId);
}

/** Who `/messages/new?to=…` writes to, and whether the actor may. */
export async function recipient(deps: Deps, actor: Actor, userId: string, about: MessageContext | undefined) {
  const person = await repo.findPerson(deps.db, userId);
  if (!person) throw AppError.notFound('User');
  const blocks = await repo.blockState(deps.db, actor.userId, userId);
  const existing =
    actor.userId === userId
      ? undefined
      : await repo.findThreadByPair(deps.db, orderPair(actor.userId, userId), about ?? null);
  return {
    person,
    canMessage: canMessage(actor, userId, blocks).ok,
    blockedByMe: blocks.iBlocked,
    existingThreadId: existing?.id ?? null,
  };
}

export async function blockUser(deps: Deps, actor: Actor, userId: string): Promise<void> {
  if (userId === actor.userId) throw AppError.validation('userId', 'You cannot block yourself');
  if (!(await repo.findPerson(deps.db, userId))) throw AppError.notFound('User');
  await repo.block(deps.db, actor.userId, userId, deps.clock.now());
}

export async function unblockUser(deps: Deps, actor: Actor, userId: string): Promise<void> {
  await repo.unblock(deps.db, actor.userId, userId);
}

export function listBlocks(deps: Deps, actor: Actor) {
  return repo.listBlocks(deps.db, actor.userId);
}

/**
 * Reports a user, or one of their messages the reporter received (in a thread with them). Platform
 * administrators are notified in the same transaction.
 */
export async function report(deps: Deps, actor: Actor, input: ReportInput): Promise<{ id: string }> {
  if (input.userId === actor.userId) throw AppError.validation('userId', 'You cannot report yourself');
  const reported = await repo.findPerson(deps.db, input.userId);
  if (!reported) throw AppError.notFound('User');
  if (input.messageId) {
    const message = await repo.findMessage(deps.db, input.messageId);
    const thread = message && (await repo.findThread(deps.db, message.threadId));
    if (!message || !thread || !isParticipant(actor.userId, thread) || message.senderId !== input.userId) {
      throw AppError.notFound('Message');
    }
  }
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertReport(tx, {
      reporterId: actor.userId,
      reportedUserId: input.userId,
      messageId: input.messageId ?? null,
      reason: input.reason,
      details: input.details,
      createdAt: deps.clock.now(),
    });
    const admins = (await repo.platformAdminIds(tx)).filter((id) => id !== input.userId);
    await notify(
      deps,
      tx,
      admins.map((userId) => ({
        userId,
        kind: 'report.new',
        title: { en: `${reported.displayName} was reported`, fr: `${reported.displayName} a été signalé(e)` },
        body: {
          en: `Reason: ${input.reason}. ${excerpt(input.details, 300)}`.trim(),
          fr: `Motif : ${input.reason}. ${excerpt(input.details, 300)}`.trim(),
        },
        link: '/admin/message-reports',
        dedupeKey: `report:${row.id}`,
      })),
    );
    return { id: row.id };
  });
}

function assertModerator(actor: Actor): void {
  if (!canModerateReports(actor)) throw AppError.forbidden('Only platform administrators handle reports');
}

/** Reports with the people and messages they name. */
async function withRelations(deps: Deps, rows: repo.ReportRow[]) {
  const ids = [...new Set(rows.flatMap((r) => [r.reportedUserId, ...(r.reporterId ? [r.reporterId] : [])]))];
  const [persons, messages] = await Promise.all([
    repo.people(deps.db, ids),
    repo.messagesByIds(
      deps.db,
      rows.flatMap((r) => (r.messageId ? [r.messageId] : [])),
    ),
  ]);
  return { rows, persons, messages };
}

export async function listReports(deps: Deps, actor: Actor, status: 'open' | 'resolved') {
  assertModerator(actor);
  return withRelations(deps, await repo.listReports(deps.db, status));
}

export async function resolveReport(deps: Deps, actor: Actor, id: string, resolution: string) {
  assertModerator(actor);
  const row = await repo.resolveReport(deps.db, id, {
    resolvedBy: actor.userId,
    resolution,
    now: deps.clock.now(),
  });
  if (!row) throw AppError.notFound('Report');
  return withRelations(deps, [row]);
}
