import { describe, expect, it } from 'vitest';
import { rangeIn, timeIn, toLocalInput } from './b2b-time';

describe('B2B times in a zone', () => {
  it('shows an instant in the event zone and another zone, 24-hour in both languages', () => {
    const iso = '2031-06-10T12:40:00.000Z';
    expect(timeIn(iso, 'Europe/Paris', 'en')).toBe('14:40');
    expect(timeIn(iso, 'Europe/Helsinki', 'fr')).toBe('15:40');
    expect(rangeIn(iso, '2031-06-10T13:00:00.000Z', 'Europe/Lisbon', 'en')).toBe('13:40–14:00');
  });

  it('gives the wall-clock value a datetime-local input expects, across DST', () => {
    expect(toLocalInput('2031-01-15T13:00:00.000Z', 'Europe/Paris')).toBe('2031-01-15T14:00');
    expect(toLocalInput('2031-06-10T12:00:00.000Z', 'Europe/Paris')).toBe('2031-06-10T14:00');
    expect(toLocalInput(null, 'Europe/Paris')).toBe('');
  });
});
