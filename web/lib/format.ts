import { COUNTRY_CODES, EUROPE_COUNTRY_CODES } from '../../contracts/countries';

const displayNames = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names;
}

/** The country's name in the reader's language; country names are never stored server-side. */
export function countryName(code: string, locale: string): string {
  try {
    return regionNames(locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

function sortedCountries(codes: Iterable<string>, locale: string): CountryOption[] {
  const collator = new Intl.Collator(locale);
  return [...codes]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Countries for pickers, Europe first because that is where most clusters are. */
export function countryOptions(locale: string, scope?: 'europe' | 'beyond') {
  const europe = scope === 'beyond' ? [] : sortedCountries(EUROPE_COUNTRY_CODES, locale);
  const beyond =
    scope === 'europe'
      ? []
      : sortedCountries(
          COUNTRY_CODES.filter((c) => !EUROPE_COUNTRY_CODES.has(c)),
          locale,
        );
  return { europe, beyond };
}

export function formatDate(iso: string, locale: string): string {
  // Dates without a time ("2018-06-15") are calendar dates: format them in UTC so no time zone shifts the day.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
