import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { emailStateFor, effectiveFrequency, DEFAULT_PREFERENCES } from './notifications.policy';
import * as repo from './notifications.repository';

/**
 * What any feature hands to the notifications module. The message is given in both languages; the
 * recipient's locale picks one. `link` is a path inside the web app (e.g. /partner-requests/<id>).
 */
export interface NotificationInput {
  userId: string;
  /** A stable kind, e.g. 'partner_request.interest', 'partner_request.expiring', 'message.new'. */
  kind: string;
  title: { en: string; fr: string };
  body: { en: string; fr: string };
  link: string;
  /** Same key for the same user → stored once (e.g. `reminder:<requestId>`). */
  dedupeKey?: string;
}

/** Job names of the notifications module (handlers in server/jobs/notifications.job.ts). */
export const NOTIFICATION_EMAIL_JOB = 'notification-email';
export const NOTIFICATION_DIGEST_EMAIL_JOB = 'notification-digest-email';
export const NOTIFICATIONS_DIGEST_JOB = 'notifications-digest';

const TITLE_MAX = 300;
const BODY_MAX = 4000;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Records in-app notifications and schedules their e-mails (immediately or in the user's daily or
 * weekly digest) in the caller's transaction, so a rolled-back write notifies nobody.
 *
 * Each recipient's preference for the notification's category decides: immediate → an e-mail job is
 * queued now; daily/weekly → the notification waits for the digest job; off (or an unconfirmed
 * address) → in-app only. A (user, dedupeKey) pair already stored is skipped, e-mail included.
 */
export async function notify(deps: Deps, tx: DbOrTx, inputs: NotificationInput[]): Promise<void> {
  if (!inputs.length) return;
  for (const input of inputs) {
    // Programming errors of the calling feature, not user input.
    if (!input.link.startsWith('/'))
      throw new Error(`notify: link must be a path inside the app, got ${input.link}`);
    if (!input.kind) throw new Error('notify: kind is required');
  }
  const userIds = [...new Set(inputs.map((i) => i.userId))];
  // One after the other: a transaction is one connection (and PGlite has only one).
  const recipients = await repo.recipients(tx, userIds);
  const preferences = await repo.preferencesOf(tx, userIds);
  const now = deps.clock.now();
  const values = inputs
    .filter((input) => recipients.has(input.userId))
    .map((input) => {
      const prefs = preferences.get(input.userId) ?? DEFAULT_PREFERENCES;
      const recipient = recipients.get(input.userId)!;
      return {
        userId: input.userId,
        kind: input.kind,
        titleEn: clip(input.title.en, TITLE_MAX),
        titleFr: clip(input.title.fr, TITLE_MAX),
        bodyEn: clip(input.body.en, BODY_MAX),
        bodyFr: clip(input.body.fr, BODY_MAX),
        link: input.link,
        dedupeKey: input.dedupeKey ?? null,
        emailState: emailStateFor(effectiveFrequency(prefs, input.kind), recipient.emailVerified),
        createdAt: now,
      };
    });
  const inserted = await repo.insertNotifications(tx, values);
  for (const row of inserted) {
    if (row.emailState !== 'queued') continue;
    await deps.jobs.enqueue(
      tx,
      NOTIFICATION_EMAIL_JOB,
      { notificationId: row.id },
      { dedupeKey: `notification-email:${row.id}` },
    );
  }
}
