import { describe, expect, it } from 'vitest';
import { printable } from './events.badges';
import { programmeIcs, vtimezone } from './events.ical';
import { newBadgeCode, normaliseBadgeCode } from './events.service';
import { instantToLocal, localToInstant } from './events.time';

describe('event times', () => {
  it('reads wall-clock times in the event time zone, across daylight saving', () => {
    expect(localToInstant('2027-01-15T09:00', 'Europe/Paris', 'startsAt').toISOString()).toBe(
      '2027-01-15T08:00:00.000Z',
    );
    expect(localToInstant('2027-06-10T09:00', 'Europe/Paris', 'startsAt').toISOString()).toBe(
      '2027-06-10T07:00:00.000Z',
    );
    expect(localToInstant('2027-06-10T09:00', 'Europe/Helsinki', 'startsAt').toISOString()).toBe(
      '2027-06-10T06:00:00.000Z',
    );
    expect(instantToLocal(new Date('2027-06-10T07:00:00Z'), 'Europe/Paris')).toBe('2027-06-10T09:00');
    expect(() => localToInstant('2027-02-30T09:00', 'Europe/Paris', 'startsAt')).toThrow(/Invalid date/);
  });
});

describe('programme iCalendar', () => {
  it('describes the real offset changes of the zone in a VTIMEZONE', () => {
    const tz = vtimezone('Europe/Paris', [2027]);
    expect(tz).toContain('TZID:Europe/Paris');
    expect(tz).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200',
    );
    expect(tz).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100',
    );
    const fixed = vtimezone('Asia/Kolkata', [2027]);
    expect(fixed).toContain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530');
  });

  it('writes each session with the event TZID and wall-clock times', () => {
    const text = programmeIcs(
      {
        slug: 'day',
        title: 'Photonics day',
        timeZone: 'Europe/Vilnius',
        location: 'Vilnius',
        url: 'https://lightpath.example/events/day',
      },
      [
        {
          id: 's1',
          kind: 'keynote',
          title: 'Opening',
          description: 'Welcome',
          room: 'Hall A',
          startsAt: new Date('2027-06-10T06:00:00Z'),
          endsAt: new Date('2027-06-10T07:00:00Z'),
          speakers: ['Dr. Guest (LLA)'],
        },
      ],
      'lightpath.example',
    );
    expect(text).toContain('DTSTART;TZID=Europe/Vilnius:20270610T090000');
    expect(text).toContain('DTEND;TZID=Europe/Vilnius:20270610T100000');
    expect(text).toContain('UID:s1@lightpath.example');
    expect(text).toContain('Speakers: Dr. Guest (LLA)');
    expect(text).toContain('LOCATION:Hall A\\, Vilnius');
  });
});

describe('badge codes', () => {
  it('are long, readable and distinct', () => {
    const codes = new Set(Array.from({ length: 2000 }, newBadgeCode));
    expect(codes.size).toBe(2000);
    for (const code of [...codes].slice(0, 50))
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it.each([
    ['abcd efgh jkmn', 'ABCD-EFGH-JKMN'],
    ['ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN'],
    [' abcdefghjkmn\n', 'ABCD-EFGH-JKMN'],
    ['short', 'SHORT'],
  ])('"%s" is read as %s', (typed, stored) => {
    expect(normaliseBadgeCode(typed)).toBe(stored);
  });

  it('prints names with letters outside the standard PDF fonts without garbage', () => {
    expect(printable('Gintarė Šimkutė')).toBe('Gintare Šimkute');
    expect(printable('Łukasz')).toBe('Lukasz');
    expect(printable('東京')).toBe('??');
    expect(printable('Élodie Müller')).toBe('Élodie Müller');
  });
});
