import type { MeetingStats } from '../../../contracts/events';
import type { Deps } from '../../deps';
import { meetingStats } from '../b2b/b2b.stats';

/**
 * The meeting counts of the statistics (requested / accepted / scheduled / held, C2C / C2B / B2B)
 * live in the B2B module's tables: the B2B module computes them, events only show and export them.
 */
export async function meetingStatsFor(deps: Deps, eventId: string): Promise<MeetingStats | null> {
  return meetingStats(deps, eventId);
}
