/**
 * Slot maths, pure: B2B sessions are cut into slots of the meeting length from their start (a last
 * partial slot is dropped), numbered across sessions in time order for the scheduler. Times are
 * instants; wall-clock times exist only at the edges (forms, display), in the event's time zone.
 */
import { DateTime, IANAZone } from 'luxon';
import type { Instance } from '../../algorithms/scheduling';

export interface SessionWindow {
  id: string;
  name: string;
  nameFr: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface Slot {
  /** Position across all sessions, in time order: the scheduler's slot number. */
  index: number;
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
}

const MINUTE = 60_000;

export function cutSlots(sessions: readonly SessionWindow[], meetingMinutes: number): Slot[] {
  if (!(meetingMinutes > 0)) throw new RangeError(`meeting length must be positive, got ${meetingMinutes}`);
  const length = meetingMinutes * MINUTE;
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
  const slots: Slot[] = [];
  for (const session of ordered) {
    for (let t = session.startsAt.getTime(); t + length <= session.endsAt.getTime(); t += length) {
      slots.push({ index: slots.length, sessionId: session.id, startsAt: new Date(t), endsAt: new Date(t + length) });
    }
  }
  return slots;
}

/** Sessions that overlap (half-open intervals): two slots would share a start and collide. */
export function overlappingSession(
  sessions: readonly Pick<SessionWindow, 'id' | 'startsAt' | 'endsAt'>[],
  candidate: Pick<SessionWindow, 'startsAt' | 'endsAt'>,
): string | null {
  for (const s of sessions) if (s.startsAt < candidate.endsAt && candidate.startsAt < s.endsAt) return s.id;
  return null;
}

/** Inclusive slot ranges per session, as the scheduler wants them. */
export function sessionRanges(slots: readonly Slot[]): [number, number][] {
  const ranges: [number, number][] = [];
  let current: string | null = null;
  for (const slot of slots) {
    if (slot.sessionId !== current) {
      ranges.push([slot.index, slot.index]);
      current = slot.sessionId;
    } else ranges[ranges.length - 1]![1] = slot.index;
  }
  return ranges;
}

export interface InstanceMeeting {
  id: string;
  participants: string[];
  slotStartsAt: Date | null;
  tableNo: number | null;
  /** Locked by an organiser or part of the published schedule: stays where it is. */
  fixed: boolean;
}

/**
 * The scheduler's input. A fixed meeting whose slot no longer exists (sessions edited) or whose table
 * is beyond the table count is treated as free to move rather than dropped.
 */
export function buildInstance(
  slots: readonly Slot[],
  tables: number,
  meetings: readonly InstanceMeeting[],
  unavailable: ReadonlyMap<string, readonly Date[]>,
): Instance {
  const slotAt = new Map(slots.map((s) => [s.startsAt.getTime(), s.index]));
  const people = new Set<string>();
  for (const m of meetings) for (const p of m.participants) people.add(p);
  const participants = [...people].sort().map((id) => ({
    id,
    unavailable: [...new Set((unavailable.get(id) ?? []).map((d) => slotAt.get(d.getTime())).filter((i) => i !== undefined))].sort(
      (a, b) => a - b,
    ),
  }));
  const locked = meetings.flatMap((m) => {
    const slot = m.slotStartsAt ? slotAt.get(m.slotStartsAt.getTime()) : undefined;
    return m.fixed && slot !== undefined && m.tableNo !== null && m.tableNo < tables ? [{ meeting: m.id, slot, table: m.tableNo }] : [];
  });
  return {
    slots: slots.length,
    sessions: sessionRanges(slots),
    tables,
    participants,
    meetings: meetings.map((m) => ({ id: m.id, participants: [...m.participants] })),
    locked,
  };
}

export const isTimeZone = (zone: string) => IANAZone.isValidZone(zone);

/** "2027-06-10T14:00" read as wall-clock time in `zone`; null when it is not a date-time. */
export function localToInstant(local: string, zone: string): Date | null {
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? dt.toJSDate() : null;
}

/** The wall-clock time of an instant in `zone`, "2027-06-10T14:00". */
export function instantToLocal(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** "14:20" in the zone, for sentences and the PDF. */
export function clockTime(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat('HH:mm');
}

export function dayLabel(date: Date, zone: string, locale: 'en' | 'fr'): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(locale).toFormat('cccc d LLLL yyyy');
}
