/**
 * Wall-clock time in an IANA zone ↔ instant, with Intl only (no time-zone library): the offset at a
 * local time is found by formatting a guess back into the zone and correcting by the difference.
 */
function partsIn(date: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const out: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Milliseconds the zone is ahead of UTC at `date`. */
function offsetAt(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** "2027-03-31T12:00" in Europe/Paris → the instant. A time skipped by a DST jump moves forward. */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) throw new RangeError(`Bad local date-time ${local}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let guess = wall - offsetAt(new Date(wall), timeZone);
  // A second pass settles guesses that crossed a DST change.
  guess = wall - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

/** The instant as "YYYY-MM-DDTHH:mm" on the zone's wall clock (what a datetime-local input shows). */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
