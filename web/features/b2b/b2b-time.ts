/** Times in a given IANA zone, with the browser's own zone beside them when it differs. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** European events: English reads times the British way (14:00), not 2:00 PM. */
const intlLocale = (locale: string) => (locale.startsWith('fr') ? 'fr-FR' : 'en-GB');

export function timeIn(iso: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));
}

export function dayIn(iso: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone }).format(new Date(iso));
}

export function rangeIn(from: string, to: string, zone: string, locale: string): string {
  return `${timeIn(from, zone, locale)}–${timeIn(to, zone, locale)}`;
}

/** "2031-06-10T14:00" in `zone`, for a datetime-local input. */
export function toLocalInput(iso: string | null, zone: string): string {
  if (!iso) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
