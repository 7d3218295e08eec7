import { describe, expect, it } from 'vitest';
import { buildInstance, clockTime, cutSlots, instantToLocal, localToInstant, overlappingSession, sessionRanges } from './b2b.slots';

const session = (id: string, from: string, to: string) => ({ id, name: id, nameFr: null, startsAt: new Date(from), endsAt: new Date(to) });

describe('slot maths', () => {
  it('cuts sessions into meeting-length slots, drops the partial last one, numbers them in time order', () => {
    const slots = cutSlots([session('pm', '2031-06-10T12:00:00Z', '2031-06-10T13:10:00Z'), session('am', '2031-06-10T08:00:00Z', '2031-06-10T09:00:00Z')], 30);
    expect(slots.map((s) => [s.index, s.sessionId, s.startsAt.toISOString()])).toEqual([
      [0, 'am', '2031-06-10T08:00:00.000Z'],
      [1, 'am', '2031-06-10T08:30:00.000Z'],
      [2, 'pm', '2031-06-10T12:00:00.000Z'],
      [3, 'pm', '2031-06-10T12:30:00.000Z'],
    ]);
    expect(sessionRanges(slots)).toEqual([[0, 1], [2, 3]]);
  });

  it('reads wall-clock times in the event time zone, across the DST change', () => {
    // Paris: UTC+1 in winter, UTC+2 in summer; 30 March 2031 is the spring change.
    expect(localToInstant('2031-01-15T14:00', 'Europe/Paris')!.toISOString()).toBe('2031-01-15T13:00:00.000Z');
    expect(localToInstant('2031-06-10T14:00', 'Europe/Paris')!.toISOString()).toBe('2031-06-10T12:00:00.000Z');
    expect(localToInstant('2031-06-10T14:00', 'Europe/Helsinki')!.toISOString()).toBe('2031-06-10T11:00:00.000Z');
    expect(localToInstant('not a date', 'Europe/Paris')).toBeNull();
    // A session over the change night keeps real 60-minute slots; their wall-clock labels jump.
    const slots = cutSlots([session('night', '2031-03-30T00:00:00Z', '2031-03-30T02:00:00Z')], 60);
    expect(slots.map((s) => clockTime(s.startsAt, 'Europe/Paris'))).toEqual(['01:00', '03:00']);
    expect(instantToLocal(slots[1]!.startsAt, 'Europe/Paris')).toBe('2031-03-30T03:00');
  });

  it('finds overlapping sessions with half-open intervals', () => {
    const existing = [session('a', '2031-06-10T12:00:00Z', '2031-06-10T13:00:00Z')];
    expect(overlappingSession(existing, { startsAt: new Date('2031-06-10T13:00:00Z'), endsAt: new Date('2031-06-10T14:00:00Z') })).toBeNull();
    expect(overlappingSession(existing, { startsAt: new Date('2031-06-10T12:59:00Z'), endsAt: new Date('2031-06-10T14:00:00Z') })).toBe('a');
  });

  it('builds the scheduler instance: unavailable slots by number, fixed meetings locked in their cell', () => {
    const slots = cutSlots([session('pm', '2031-06-10T12:00:00Z', '2031-06-10T13:30:00Z')], 30);
    const instance = buildInstance(
      slots,
      4,
      [
        { id: 'm1', participants: ['a', 'b'], slotStartsAt: slots[1]!.startsAt, tableNo: 2, fixed: true },
        { id: 'm2', participants: ['a', 'c'], slotStartsAt: slots[0]!.startsAt, tableNo: 9, fixed: true },
        { id: 'm3', participants: ['b', 'c'], slotStartsAt: null, tableNo: null, fixed: false },
      ],
      new Map([['c', [slots[2]!.startsAt, new Date('2031-01-01T00:00:00Z')]]]),
    );
    expect(instance.slots).toBe(3);
    expect(instance.sessions).toEqual([[0, 2]]);
    expect(instance.participants).toEqual([
      { id: 'a', unavailable: [] },
      { id: 'b', unavailable: [] },
      { id: 'c', unavailable: [2] },
    ]);
    // m2's table no longer exists: it is left free to move rather than pinned to a missing table.
    expect(instance.locked).toEqual([{ meeting: 'm1', slot: 1, table: 2 }]);
  });
});
