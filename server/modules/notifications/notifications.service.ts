import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import {
  categoryOfKind,
  CategorySchema,
  type NotificationPreferences,
  type UnsubscribeResult,
  type UpdateNotificationPreferencesBodySchema,
} from '../../../contracts/notifications';
import { outboundEmails } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import {
  digestEmail,
  notificationEmail,
  type NotificationMail,
  type UnsubscribeLinks,
} from '../../mail/notification-templates';
import type { Actor } from '../auth/actor';
import {
  applyUnsubscribe,
  canReadNotification,
  groupDigestItems,
  planDigest,
  type DigestPeriod,
} from './notifications.policy';
import { NOTIFICATION_DIGEST_EMAIL_JOB } from './notify';
import * as repo from './notifications.repository';
import type { NotificationRow } from './notifications.repository';

type UpdatePreferencesInput = z.output<typeof UpdateNotificationPreferencesBodySchema>;

export async function listNotifications(
  deps: Deps,
  actor: Actor,
  query: { limit: number; unread: boolean; before?: string | undefined },
): Promise<{ rows: NotificationRow[]; unreadCount: number; nextBefore: string | null }> {
  const rows = await repo.listForUser(deps.db, actor.userId, {
    limit: query.limit + 1,
    unreadOnly: query.unread,
    ...(query.before ? { before: new Date(query.before) } : {}),
  });
  const page = rows.slice(0, query.limit);
  const unreadCount = await repo.unreadCount(deps.db, actor.userId);
  return {
    rows: page,
    unreadCount,
    nextBefore: rows.length > query.limit ? page.at(-1)!.createdAt.toISOString() : null,
  };
}

export function unreadNotifications(deps: Deps, actor: Actor): Promise<number> {
  return repo.unreadCount(deps.db, actor.userId);
}

export async function markNotificationRead(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await repo.findById(deps.db, id);
  if (!row || !canReadNotification(actor, row)) throw AppError.notFound('Notification');
  await repo.markRead(deps.db, actor.userId, [id], deps.clock.now());
}

export async function markAllNotificationsRead(deps: Deps, actor: Actor): Promise<void> {
  await repo.markRead(deps.db, actor.userId, 'all', deps.clock.now());
}

/** Called by other modules when the user has seen what a link points at (e.g. opened a thread). */
export async function markNotificationsReadByLink(deps: Deps, userId: string, link: string): Promise<void> {
  await repo.markReadByLink(deps.db, userId, link, deps.clock.now());
}

export function getPreferences(deps: Deps, actor: Actor): Promise<NotificationPreferences> {
  return repo.preferencesOfUser(deps.db, actor.userId);
}

export async function updatePreferences(
  deps: Deps,
  actor: Actor,
  input: UpdatePreferencesInput,
): Promise<NotificationPreferences> {
  // An override equal to the general frequency says nothing: dropping it lets it follow later changes.
  const overrides = Object.fromEntries(
    Object.entries(input.overrides).filter(([, f]) => f !== input.frequency),
  );
  const prefs: NotificationPreferences = { frequency: input.frequency, overrides };
  await deps.db.transaction(async (tx) => {
    await repo.lockUser(tx, actor.userId);
    await repo.savePreferences(tx, actor.userId, prefs, deps.clock.now());
  });
  return prefs;
}

// ---------------------------------------------------------------------------------------------
// Unsubscribe links: `<userId>.<scope>.<HMAC-SHA256(user key, "userId:scope")>`, verified against the
// user's stored key, so they work logged out and need no row per e-mail.

const sign = (key: string, userId: string, scope: string) =>
  createHmac('sha256', key).update(`${userId}:${scope}`).digest('base64url');

const newKey = () => randomBytes(32).toString('base64url');

export async function unsubscribeToken(deps: Deps, userId: string, scope: string): Promise<string> {
  const key = await repo.unsubscribeKey(deps.db, userId, newKey);
  return `${userId}.${scope}.${sign(key, userId, scope)}`;
}

async function verifyUnsubscribeToken(deps: Deps, token: string): Promise<{ userId: string; scope: string }> {
  const invalid = () => new AppError('INVALID_TOKEN', 'This unsubscribe link is not valid');
  const [userId, scope, signature, ...rest] = token.split('.');
  if (!userId || !scope || !signature || rest.length) throw invalid();
  if (!/^[0-9a-f-]{36}$/.test(userId) || (scope !== 'all' && !CategorySchema.safeParse(scope).success))
    throw invalid();
  const key = await repo.findUnsubscribeKey(deps.db, userId);
  if (!key) throw invalid();
  const expected = Buffer.from(sign(key, userId, scope));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  return { userId, scope };
}

/** One click, no session: turns e-mails off for the link's scope. Repeating it changes nothing. */
export async function unsubscribe(deps: Deps, token: string): Promise<UnsubscribeResult> {
  const { userId, scope } = await verifyUnsubscribeToken(deps, token);
  await deps.db.transaction(async (tx) => {
    await repo.lockUser(tx, userId);
    const prefs = await repo.preferencesOfUser(tx, userId);
    await repo.savePreferences(tx, userId, applyUnsubscribe(prefs, scope), deps.clock.now());
  });
  return { scope, frequency: 'off' };
}

async function unsubscribeLinks(
  deps: Deps,
  userId: string,
  category: string | null,
): Promise<UnsubscribeLinks> {
  const base = deps.config.publicUrl;
  const all = await unsubscribeToken(deps, userId, 'all');
  const scoped = category ? await unsubscribeToken(deps, userId, category) : null;
  const page = (token: string) => `${base}/unsubscribe?token=${encodeURIComponent(token)}`;
  return {
    ...(scoped && category ? { category: { name: category, url: page(scoped) } } : {}),
    all: page(all),
    oneClick: `${base}/api/v1/notifications/unsubscribe?token=${encodeURIComponent(scoped ?? all)}`,
    settings: `${base}/settings/notifications`,
  };
}

async function deliver(deps: Deps, mail: NotificationMail, template: string): Promise<void> {
  // MailMessage has no headers field; the mailer spreads the message into nodemailer, which sends them.
  await deps.mailer.send(mail);
  await deps.db.insert(outboundEmails).values({ to: mail.to, subject: mail.subject, template });
}

const localised = (row: NotificationRow, locale: 'en' | 'fr') => ({
  title: locale === 'fr' ? row.titleFr : row.titleEn,
  body: locale === 'fr' ? row.bodyFr : row.bodyEn,
});

/** The immediate e-mail of one notification (job handler). */
export async function sendNotificationEmail(deps: Deps, notificationId: string): Promise<void> {
  const row = await repo.findById(deps.db, notificationId);
  if (!row) return; // the user was deleted meanwhile
  const recipient = (await repo.recipients(deps.db, [row.userId])).get(row.userId);
  if (!recipient?.emailVerified) return;
  const mail = notificationEmail({
    to: recipient.email,
    locale: recipient.locale,
    item: { ...localised(row, recipient.locale), url: `${deps.config.publicUrl}${row.link}` },
    unsubscribe: await unsubscribeLinks(deps, row.userId, categoryOfKind(row.kind)),
  });
  await deliver(deps, mail, 'notification');
}

export const digestKeyOf = (period: DigestPeriod, day: string) => `${period}:${day}`;

/**
 * Moves every user's waiting notifications into the digest of `period` and `day` and queues one
 * e-mail per user. Each user is handled in one transaction with the rows locked: the rows change
 * state and the e-mail job (dedupe key per user and period) is queued together, so a re-run or a
 * concurrent run finds nothing left to send.
 */
export async function runDigests(deps: Deps, period: DigestPeriod, day: string): Promise<void> {
  const key = digestKeyOf(period, day);
  const failures: unknown[] = [];
  for (const userId of await repo.usersWithPendingDigest(deps.db)) {
    try {
      await deps.db.transaction(async (tx) => {
        const pending = await repo.lockPendingDigest(tx, userId);
        if (!pending.length) return;
        const prefs = await repo.preferencesOfUser(tx, userId);
        const recipient = (await repo.recipients(tx, [userId])).get(userId);
        const plan = planDigest(period, pending, prefs, recipient?.emailVerified ?? false);
        await repo.setEmailState(tx, plan.skip, 'skipped', null);
        if (!plan.include.length) return;
        await repo.setEmailState(tx, plan.include, 'digested', key);
        await deps.jobs.enqueue(
          tx,
          NOTIFICATION_DIGEST_EMAIL_JOB,
          { userId, period, day },
          { dedupeKey: `notification-digest:${userId}:${key}` },
        );
      });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) {
    const first = failures[0] instanceof Error ? failures[0].message : String(failures[0]);
    throw new AggregateError(
      failures,
      `${failures.length} notification digest(s) failed, the first with: ${first}`,
    );
  }
}

/** One user's digest e-mail (job handler): every notification the digest run assigned to it. */
export async function sendDigestEmail(
  deps: Deps,
  userId: string,
  period: DigestPeriod,
  day: string,
): Promise<void> {
  const rows = await repo.listByDigestKey(deps.db, userId, digestKeyOf(period, day));
  const recipient = (await repo.recipients(deps.db, [userId])).get(userId);
  if (!rows.length || !recipient?.emailVerified) return;
  const base = deps.config.publicUrl;
  const groups = groupDigestItems(rows).map((g) => ({
    category: g.category,
    items: g.items.map((row) => ({ ...localised(row, recipient.locale), url: `${base}${row.link}` })),
  }));
  const category = groups.length === 1 ? groups[0]!.category : null;
  const mail = digestEmail({
    to: recipient.email,
    locale: recipient.locale,
    period,
    groups,
    unsubscribe: await unsubscribeLinks(deps, userId, category),
  });
  await deliver(deps, mail, `notification-digest-${period}`);
}
