import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { SessionKind } from '../../../contracts/events';

const KIND_LABEL: Record<SessionKind, string> = {
  keynote: 'Keynote',
  end_user_pitch: 'End-user need pitch',
  technology_offer_pitch: 'Technology offer pitch',
  networking_break: 'Networking break',
  b2b_session: 'B2B meetings',
  other: 'Programme',
};

const pad = (n: number) => String(n).padStart(2, '0');
const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/**
 * A VTIMEZONE for `zone` listing its real UTC-offset changes over `years` (found with Luxon's zone
 * database), so DTSTART;TZID=… resolves in every calendar client without a bundled tz library.
 */
export function vtimezone(zone: string, years: number[]): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const from = DateTime.fromObject({ year: Math.min(...years) }, { zone });
  const to = DateTime.fromObject({ year: Math.max(...years) + 1 }, { zone });
  let transitions = 0;
  // Offsets change at most a few times a year: step by day, then narrow to the minute.
  for (let day = from; day < to; day = day.plus({ days: 1 })) {
    const next = day.plus({ days: 1 });
    if (next.offset === day.offset) continue;
    let lo = day.toMillis();
    let hi = next.toMillis();
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (DateTime.fromMillis(mid, { zone }).offset === day.offset) lo = mid;
      else hi = mid;
    }
    const after = DateTime.fromMillis(hi, { zone });
    // DTSTART is the local time just before the change, written in the offset in force until then.
    const localBefore = DateTime.fromMillis(hi, { zone: 'utc' }).plus({ minutes: day.offset });
    const isDaylight = after.isInDST;
    lines.push(
      `BEGIN:${isDaylight ? 'DAYLIGHT' : 'STANDARD'}`,
      `DTSTART:${localBefore.toFormat("yyyyLLdd'T'HHmmss")}`,
      `TZOFFSETFROM:${offsetText(day.offset)}`,
      `TZOFFSETTO:${offsetText(after.offset)}`,
      `TZNAME:${after.offsetNameShort ?? offsetText(after.offset)}`,
      `END:${isDaylight ? 'DAYLIGHT' : 'STANDARD'}`,
    );
    transitions++;
  }
  if (!transitions) {
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(from.offset)}`,
      `TZOFFSETTO:${offsetText(from.offset)}`,
      `TZNAME:${from.offsetNameShort ?? offsetText(from.offset)}`,
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

export interface IcsEvent {
  slug: string;
  title: string;
  timeZone: string;
  location: string | null;
  url: string;
}

export interface IcsSession {
  id: string;
  kind: SessionKind;
  title: string;
  description: string;
  room: string | null;
  startsAt: Date;
  endsAt: Date;
  speakers: string[];
}

/** The programme as an iCalendar feed: one VEVENT per session, times with the event's TZID. */
export function programmeIcs(event: IcsEvent, sessions: IcsSession[], host: string): string {
  const zone = event.timeZone;
  const years = sessions.length
    ? sessions.flatMap((s) => [s.startsAt.getUTCFullYear(), s.endsAt.getUTCFullYear()])
    : [new Date().getUTCFullYear()];
  const calendar = ical({
    name: event.title,
    prodId: { company: 'Lightpath', product: 'events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: zone, generator: (tz) => vtimezone(tz, years) },
    url: event.url,
  });
  for (const s of sessions) {
    const description = [
      KIND_LABEL[s.kind],
      s.speakers.length ? `Speakers: ${s.speakers.join(', ')}` : '',
      s.description,
    ]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: `${s.id}@${host}`,
      start: DateTime.fromJSDate(s.startsAt, { zone }),
      end: DateTime.fromJSDate(s.endsAt, { zone }),
      timezone: zone,
      summary: s.title,
      description,
      location: [s.room, event.location].filter(Boolean).join(', ') || null,
      url: event.url,
    });
  }
  return calendar.toString();
}
