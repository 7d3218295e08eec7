import { z } from 'zod';
import type { Deps } from '../deps';
import { EVENT_REMINDER_JOB, runEventReminder } from '../modules/events/events.reminders';
import type { JobDefinition } from './queue';

const Payload = z.object({ eventId: z.uuid(), startsAt: z.iso.datetime() });
type Payload = z.infer<typeof Payload>;

/** Queued when an event is published or its start moves (see scheduleEventReminder). */
export function eventReminderJob(deps: Deps): JobDefinition<Payload> {
  return {
    name: EVENT_REMINDER_JOB,
    payload: Payload,
    async handle({ eventId, startsAt }) {
      await runEventReminder(deps, eventId, new Date(startsAt));
    },
  };
}
