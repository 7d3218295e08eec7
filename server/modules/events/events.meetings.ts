import type { MeetingStats } from '../../../contracts/events';
import type { Deps } from '../../deps';

/**
 * Extension point for the meeting counts of the statistics (requested / accepted / scheduled / held,
 * C2C / C2B / B2B). They live in the B2B module's tables; until it exports
 * `meetingStats(deps, eventId)` from server/modules/b2b/b2b.stats.ts, events report none (null) and
 * the statistics page says so.
 */
export async function meetingStatsFor(_deps: Deps, _eventId: string): Promise<MeetingStats | null> {
  return null;
}
