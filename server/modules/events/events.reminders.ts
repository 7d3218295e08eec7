import { DateTime } from 'luxon';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { notify } from '../notifications/notify';
import * as repo from './events.repository';
import type { EventRow } from './events.repository';

export const EVENT_REMINDER_JOB = 'events.reminder';
/** Confirmed participants are reminded this long before the start. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;
/** One reminder per event and start: the key of its job and of its notifications. */
const reminderKey = (eventId: string, startsAt: Date) => `event-reminder:${eventId}:${startsAt.toISOString()}`;

/**
 * Queues the reminder of a published event for its current start, in the caller's transaction
 * (publish, or an edit of a published event). Keyed by event and start: a moved start queues a new
 * job, and the one for the old start finds the start changed and does nothing. Less than a day before
 * the start, nobody is reminded.
 */
export async function scheduleEventReminder(
  deps: Deps,
  tx: DbOrTx,
  event: Pick<EventRow, 'id' | 'status' | 'startsAt'>,
): Promise<void> {
  if (event.status !== 'published') return;
  const runAt = new Date(event.startsAt.getTime() - REMINDER_BEFORE_MS);
  if (runAt.getTime() <= deps.clock.now().getTime()) return;
  await deps.jobs.enqueue(
    tx,
    EVENT_REMINDER_JOB,
    { eventId: event.id, startsAt: event.startsAt.toISOString() },
    { runAt, dedupeKey: reminderKey(event.id, event.startsAt) },
  );
}

function when(event: EventRow, locale: 'en' | 'fr'): string {
  return DateTime.fromJSDate(event.startsAt)
    .setZone(event.timeZone)
    .setLocale(locale)
    .toLocaleString(DateTime.DATETIME_FULL);
}

/** The job: each confirmed participant of the still published event, at the start it was queued for, is told. */
export async function runEventReminder(deps: Deps, eventId: string, startsAt: Date): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, eventId);
    if (!event || event.status !== 'published' || event.startsAt.getTime() !== startsAt.getTime()) return 0;
    const confirmed = await repo.listRegistrations(tx, event.id, { status: 'confirmed' });
    const place = event.format === 'online' ? null : [event.venueName, event.city].filter(Boolean).join(', ');
    await notify(
      deps,
      tx,
      confirmed.map(({ registration }) => ({
        userId: registration.userId,
        kind: 'event.reminder',
        title: { en: `Tomorrow: ${event.title}`, fr: `Demain : ${event.title}` },
        body: {
          en: `${event.title} starts on ${when(event, 'en')}${place ? ` at ${place}` : ''}. Your badge code: ${registration.badgeCode}.`,
          fr: `${event.title} commence le ${when(event, 'fr')}${place ? ` à ${place}` : ''}. Votre code de badge : ${registration.badgeCode}.`,
        },
        link: `/events/${event.slug}`,
        dedupeKey: reminderKey(event.id, startsAt),
      })),
    );
    return confirmed.length;
  });
}
