import { z } from 'zod';
import type { Deps } from '../deps';
import { sendDailyDigests } from '../modules/saved-searches/saved-searches.service';
import { pruneSearchChanges } from '../modules/organisations/directory-index.repository';
import type { JobDefinition } from './queue';

export const SAVED_SEARCHES_DIGEST = 'saved-searches-digest';

const DigestPayload = z.object({ day: z.iso.date() });
type DigestPayload = z.infer<typeof DigestPayload>;

/** Alerts go out early in the European morning, before the working day. */
const DIGEST_HOUR_UTC = 7;
const DAY_MS = 86_400_000;

const runAtOf = (day: string) => new Date(`${day}T${String(DIGEST_HOUR_UTC).padStart(2, '0')}:00:00.000Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The day of the first digest run strictly after `now`. */
function nextDigestDay(now: Date): string {
  const today = dayOf(now);
  return runAtOf(today) > now ? today : dayOf(new Date(runAtOf(today).getTime() + DAY_MS));
}

/**
 * One run per day, whichever process enqueues it: the day is the dedupe key, so every app process
 * may (re)schedule it at boot and after each run without creating a second one.
 */
async function scheduleDigest(deps: Deps, day: string): Promise<void> {
  await deps.jobs.enqueue(deps.db, SAVED_SEARCHES_DIGEST, { day }, { runAt: runAtOf(day), dedupeKey: `saved-searches-digest:${day}` });
}

/** At boot: makes sure the next run is queued, even on a fresh database or after a failed chain. */
export function scheduleSavedSearchesDigest(deps: Deps): Promise<void> {
  return scheduleDigest(deps, nextDigestDay(deps.clock.now()));
}

export function savedSearchesDigestJob(deps: Deps): JobDefinition<DigestPayload> {
  return {
    name: SAVED_SEARCHES_DIGEST,
    payload: DigestPayload,
    async handle({ day }) {
      // Tomorrow's run is queued before today's work, so a run that fails for good does not end the
      // chain. A run that starts late (the app was down) schedules the next run still to come, not
      // the day after its own, so the days missed are not replayed one by one.
      const following = dayOf(new Date(runAtOf(day).getTime() + DAY_MS));
      const upcoming = nextDigestDay(deps.clock.now());
      await scheduleDigest(deps, following > upcoming ? following : upcoming);
      await sendDailyDigests(deps, day);
      // The directory's daily housekeeping rides on this run: change entries no search index needs any more.
      await pruneSearchChanges(deps.db, deps.clock.now());
    },
  };
}
