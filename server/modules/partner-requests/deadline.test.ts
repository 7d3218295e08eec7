import { describe, expect, it } from 'vitest';
import { utcToZonedLocal, zonedLocalToUtc } from './deadline';
import { descriptionText, sanitizeDescription } from './sanitize';

describe('deadline in a time zone', () => {
  it.each([
    ['2027-03-31T12:00', 'Europe/Paris', '2027-03-31T10:00:00.000Z'],
    ['2027-01-15T12:00', 'Europe/Paris', '2027-01-15T11:00:00.000Z'],
    ['2027-01-15T12:00', 'UTC', '2027-01-15T12:00:00.000Z'],
    ['2027-07-01T00:00', 'Europe/Helsinki', '2027-06-30T21:00:00.000Z'],
    ['2027-07-01T09:30', 'America/New_York', '2027-07-01T13:30:00.000Z'],
  ])('%s in %s is %s and back', (local, tz, utc) => {
    expect(zonedLocalToUtc(local, tz).toISOString()).toBe(utc);
    expect(utcToZonedLocal(new Date(utc), tz)).toBe(local);
  });
  it('rejects a malformed local time', () => {
    expect(() => zonedLocalToUtc('31/03/2027', 'UTC')).toThrow(RangeError);
  });
});

describe('description sanitising', () => {
  it('keeps structure and safe links, drops scripts, handlers and unsafe schemes', () => {
    const html = sanitizeDescription(
      '<h1>T</h1><p onclick="x()">Hi <em>there</em></p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">bad</a><a href="https://eu.eu">ok</a>',
    );
    expect(html).toBe('<h2>T</h2><p>Hi <em>there</em></p><a rel="noopener noreferrer nofollow" target="_blank">bad</a><a href="https://eu.eu" rel="noopener noreferrer nofollow" target="_blank">ok</a>');
  });
  it('extracts plain text for matching', () => {
    expect(descriptionText('<p>Lasers &amp; optics</p><ul><li>one</li><li>two</li></ul>')).toBe('Lasers & optics one two');
  });
});
