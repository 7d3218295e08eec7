import { DateTime, IANAZone } from 'luxon';
import { AppError } from '../../errors';

export const isValidTimeZone = (zone: string) => IANAZone.isValidZone(zone);

export function assertTimeZone(zone: string, path = 'timeZone'): void {
  if (!isValidTimeZone(zone))
    throw AppError.validation(path, `Unknown time zone "${zone}": use an IANA name such as Europe/Paris`);
}

/** "2027-06-10T09:00" in `zone` → the instant. A wall time skipped by a DST change moves forward (Luxon's rule). */
export function localToInstant(local: string, zone: string, path: string): Date {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw AppError.validation(path, `Invalid date and time "${local}"`);
  return dt.toJSDate();
}

/** The instant as wall-clock time in `zone`: "2027-06-10T09:00". */
export function instantToLocal(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}
