import { z } from 'zod';
import type { Deps } from '../deps';
import {
  NOTIFICATION_DIGEST_EMAIL_JOB,
  NOTIFICATION_EMAIL_JOB,
  NOTIFICATIONS_DIGEST_JOB,
} from '../modules/notifications/notify';
import {
  runDigests,
  sendDigestEmail,
  sendNotificationEmail,
} from '../modules/notifications/notifications.service';
import type { DigestPeriod } from '../modules/notifications/notifications.policy';
import type { JobDefinition } from './queue';

const EmailPayload = z.object({ notificationId: z.uuid() });
const DigestEmailPayload = z.object({
  userId: z.uuid(),
  period: z.enum(['daily', 'weekly']),
  day: z.iso.date(),
});
const DigestPayload = z.object({ period: z.enum(['daily', 'weekly']), day: z.iso.date() });
type DigestPayload = z.infer<typeof DigestPayload>;

/** Digests go out early in the European morning; weekly ones on Mondays. */
const DIGEST_HOUR_UTC = 7;
const DAY_MS = 86_400_000;

const runAtOf = (day: string) => new Date(`${day}T${String(DIGEST_HOUR_UTC).padStart(2, '0')}:00:00.000Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayOf(new Date(runAtOf(day).getTime() + n * DAY_MS));
const isMonday = (day: string) => runAtOf(day).getUTCDay() === 1;

/** The day of the first run of `period` strictly after `now` (weekly runs fall on Mondays). */
export function nextDigestDay(period: DigestPeriod, now: Date): string {
  let day = dayOf(now);
  if (runAtOf(day) <= now) day = addDays(day, 1);
  if (period === 'weekly') while (!isMonday(day)) day = addDays(day, 1);
  return day;
}

/**
 * One run per period, whichever process enqueues it: the period and day make the dedupe key, so every
 * app process may (re)schedule at boot and after each run without creating a second one.
 */
async function scheduleDigest(deps: Deps, period: DigestPeriod, day: string): Promise<void> {
  await deps.jobs.enqueue(
    deps.db,
    NOTIFICATIONS_DIGEST_JOB,
    { period, day },
    {
      runAt: runAtOf(day),
      dedupeKey: `notifications-digest:${period}:${day}`,
    },
  );
}

/** At boot: makes sure the next daily and weekly runs are queued (fresh database, broken chain). */
export async function scheduleNotificationDigests(deps: Deps): Promise<void> {
  await scheduleDigest(deps, 'daily', nextDigestDay('daily', deps.clock.now()));
  await scheduleDigest(deps, 'weekly', nextDigestDay('weekly', deps.clock.now()));
}

export function notificationEmailJob(deps: Deps): JobDefinition<z.infer<typeof EmailPayload>> {
  return {
    name: NOTIFICATION_EMAIL_JOB,
    payload: EmailPayload,
    handle: ({ notificationId }) => sendNotificationEmail(deps, notificationId),
  };
}

export function notificationDigestEmailJob(deps: Deps): JobDefinition<z.infer<typeof DigestEmailPayload>> {
  return {
    name: NOTIFICATION_DIGEST_EMAIL_JOB,
    payload: DigestEmailPayload,
    handle: ({ userId, period, day }) => sendDigestEmail(deps, userId, period, day),
  };
}

export function notificationsDigestJob(deps: Deps): JobDefinition<DigestPayload> {
  return {
    name: NOTIFICATIONS_DIGEST_JOB,
    payload: DigestPayload,
    async handle({ period, day }) {
      // The next run is queued before this one's work, so a run that fails for good does not end the
      // chain; a late run (the app was down) schedules the next one still to come, not a replay.
      const following = addDays(day, period === 'daily' ? 1 : 7);
      const upcoming = nextDigestDay(period, deps.clock.now());
      await scheduleDigest(deps, period, following > upcoming ? following : upcoming);
      await runDigests(deps, period, day);
    },
  };
}

/** Registers the notification jobs and queues the next digest runs. */
export async function defineNotificationJobs(deps: Deps): Promise<void> {
  deps.jobs.define(notificationEmailJob(deps));
  deps.jobs.define(notificationDigestEmailJob(deps));
  deps.jobs.define(notificationsDigestJob(deps));
  await scheduleNotificationDigests(deps);
}
