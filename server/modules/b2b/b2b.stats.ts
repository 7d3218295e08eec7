import type { MeetingStats } from '../../../contracts/b2b';
import type { Deps } from '../../deps';
import { meetingKindOf } from './b2b.policy';
import * as repo from './b2b.repository';

/**
 * Meeting figures of an event for the statistics page: requests sent, meetings agreed (not
 * cancelled), placed in the schedule, and held (an outcome was recorded for it); and the agreed
 * meetings by kind, from the participants' organisation types: cluster-to-cluster, cluster-to-business,
 * business-to-business.
 */
export async function meetingStats(deps: Pick<Deps, 'db'>, eventId: string): Promise<MeetingStats> {
  const [requested, rows] = await Promise.all([repo.countRequests(deps.db, eventId), repo.meetingCounts(deps.db, eventId)]);
  const meetings = new Map<string, { status: string; types: (string | null)[]; held: boolean }>();
  for (const r of rows) {
    const m = meetings.get(r.meetingId) ?? { status: r.status, types: [], held: false };
    m.types.push(r.orgType);
    if (r.outcome !== null) m.held = true;
    meetings.set(r.meetingId, m);
  }
  const stats: MeetingStats = { requested, accepted: 0, scheduled: 0, held: 0, c2c: 0, c2b: 0, b2b: 0 };
  for (const m of meetings.values()) {
    if (m.status === 'cancelled') continue;
    stats.accepted++;
    if (m.status === 'scheduled') stats.scheduled++;
    if (m.held && m.status === 'scheduled') stats.held++;
    stats[meetingKindOf(m.types)]++;
  }
  return stats;
}
