import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../bench/scheduler/generate';
import {
  type Instance,
  type Schedule,
  checkSchedule,
  greedySchedule,
  idleSlots,
  schedule,
  scheduleIncremental,
  solveMip,
  validateInstance,
} from './index';

const FAST = { seed: 3, maxIterations: 30_000 };

function people(...ids: string[]) {
  return ids.map((id) => ({ id }));
}

function slotOf(result: Schedule, meeting: string): number | undefined {
  return result.assignments.find((a) => a.meeting === meeting)?.slot;
}

function expectValid(instance: Instance, result: Schedule) {
  expect(checkSchedule(instance, result)).toEqual([]);
  const idle = idleSlots(instance, result.assignments);
  expect(result.stats.idle).toBe(idle.idle);
  expect(result.stats.maxIdle).toBe(idle.maxIdle);
}

describe('hard constraints', () => {
  it('never puts a participant in two meetings of one slot', () => {
    const instance: Instance = {
      slots: 3,
      sessions: [[0, 2]],
      tables: 3,
      participants: people('hub', 'a', 'b', 'c'),
      meetings: [
        { id: 'm1', participants: ['hub', 'a'] },
        { id: 'm2', participants: ['hub', 'b'] },
        { id: 'm3', participants: ['hub', 'c'] },
      ],
    };
    const result = schedule(instance, FAST);
    expectValid(instance, result);
    expect(new Set(result.assignments.map((a) => a.slot)).size).toBe(3);
    expect(result.unscheduled).toEqual([]);
  });

  it('never uses more tables than exist and numbers them from 0', () => {
    const instance: Instance = {
      slots: 2,
      sessions: [[0, 1]],
      tables: 2,
      participants: people('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'),
      meetings: [
        { id: 'm1', participants: ['a', 'b'] },
        { id: 'm2', participants: ['c', 'd'] },
        { id: 'm3', participants: ['e', 'f'] },
        { id: 'm4', participants: ['g', 'h'] },
        { id: 'm5', participants: ['i', 'j'] },
      ],
    };
    const result = schedule(instance, FAST);
    expectValid(instance, result);
    expect(result.stats).toMatchObject({ scheduled: 4, unscheduled: 1 });
    for (const slot of [0, 1]) {
      expect(
        result.assignments
          .filter((a) => a.slot === slot)
          .map((a) => a.table)
          .sort(),
      ).toEqual([0, 1]);
    }
  });

  it('respects unavailable slots and only uses slots inside sessions', () => {
    const instance: Instance = {
      slots: 6,
      sessions: [
        [0, 1],
        [4, 5],
      ],
      tables: 4,
      participants: [{ id: 'a', unavailable: [0, 1, 4] }, { id: 'b' }, { id: 'c' }],
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'bc', participants: ['b', 'c'] },
      ],
    };
    const result = schedule(instance, FAST);
    expectValid(instance, result);
    expect(slotOf(result, 'ab')).toBe(5);
    expect([0, 1, 4]).toContain(slotOf(result, 'bc'));
  });

  it('reports meetings that cannot fit anywhere as unscheduled', () => {
    const instance: Instance = {
      slots: 2,
      sessions: [[0, 1]],
      tables: 1,
      participants: [{ id: 'a', unavailable: [0] }, { id: 'b', unavailable: [1] }, { id: 'c' }],
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'ac', participants: ['a', 'c'] },
      ],
    };
    const result = schedule(instance, FAST);
    expectValid(instance, result);
    expect(result.unscheduled).toEqual(['ab']);
  });

  it('keeps locked meetings at their slot and table', () => {
    const instance: Instance = {
      slots: 4,
      sessions: [[0, 3]],
      tables: 2,
      participants: people('a', 'b', 'c', 'd'),
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'cd', participants: ['c', 'd'] },
        { id: 'ac', participants: ['a', 'c'] },
        { id: 'bd', participants: ['b', 'd'] },
      ],
      locked: [{ meeting: 'ab', slot: 3, table: 0 }],
    };
    const result = schedule(instance, FAST);
    expectValid(instance, result);
    expect(result.assignments).toContainEqual({ meeting: 'ab', slot: 3, table: 0 });
    expect(
      result.assignments.filter((a) => a.slot === 3 && a.meeting !== 'ab').every((a) => a.table === 1),
    ).toBe(true);
    expect(result.unscheduled).toEqual([]);
  });
});

describe('objectives', () => {
  it('keeps a participant’s meetings back to back', () => {
    const instance: Instance = {
      slots: 8,
      sessions: [[0, 7]],
      tables: 4,
      participants: people('hub', 'a', 'b', 'c', 'd'),
      meetings: ['a', 'b', 'c', 'd'].map((p) => ({ id: `hub-${p}`, participants: ['hub', p] })),
    };
    const result = schedule(instance, FAST);
    expectValid(instance, result);
    expect(result.stats.idle).toBe(0);
    const slots = result.assignments.map((a) => a.slot).sort((x, y) => x - y);
    expect(slots[3]! - slots[0]!).toBe(3);
  });

  it('does not count a slot the participant marked unavailable as idle', () => {
    const base = {
      slots: 3,
      sessions: [[0, 2]] as [number, number][],
      tables: 2,
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'ac', participants: ['a', 'c'] },
      ],
    };
    // b can only meet in slot 0 and c only in slot 2, so a's slot 1 is a gap either way.
    const participants = [
      { id: 'b', unavailable: [1, 2] },
      { id: 'c', unavailable: [0, 1] },
    ];
    const away: Instance = { ...base, participants: [{ id: 'a', unavailable: [1] }, ...participants] };
    const waiting: Instance = { ...base, participants: [{ id: 'a' }, ...participants] };
    expect(schedule(away, FAST).stats).toMatchObject({ scheduled: 2, idle: 0 });
    expect(schedule(waiting, FAST).stats).toMatchObject({ scheduled: 2, idle: 1, maxIdle: 1 });
    expect(
      idleSlots(away, [
        { meeting: 'ab', slot: 0, table: 0 },
        { meeting: 'ac', slot: 2, table: 0 },
      ]).idle,
    ).toBe(0);
  });

  it('counts idle time per session, not across the break between sessions', () => {
    const instance: Instance = {
      slots: 4,
      sessions: [
        [0, 1],
        [2, 3],
      ],
      tables: 2,
      participants: people('a', 'b', 'c'),
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'ac', participants: ['a', 'c'] },
      ],
    };
    const apart = [
      { meeting: 'ab', slot: 0, table: 0 },
      { meeting: 'ac', slot: 3, table: 0 },
    ];
    expect(idleSlots(instance, apart).idle).toBe(0);
  });

  it('beats the greedy baseline on a realistic event', () => {
    const instance = generateInstance({
      name: 'test',
      seed: 5,
      participants: 60,
      meetings: 200,
      sessions: 2,
      slotsPerSession: 6,
      tables: 20,
      partialAvailability: 0.3,
      threeParty: 0.1,
      schedulable: true,
    });
    const result = schedule(instance, { seed: 1, maxIterations: 100_000 });
    const greedy = greedySchedule(instance);
    expectValid(instance, result);
    expect(checkSchedule(instance, greedy)).toEqual([]);
    expect(result.unscheduled).toEqual([]);
    expect(result.stats.idle).toBeLessThan(greedy.stats.idle * 0.7);
  });
});

describe('exact MIP', () => {
  it('proves the optimum on a small instance and agrees with the heuristic', async () => {
    const instance: Instance = {
      slots: 5,
      sessions: [[0, 4]],
      tables: 2,
      participants: [
        { id: 'a' },
        { id: 'b', unavailable: [1, 2, 3, 4] },
        { id: 'c', unavailable: [0, 1, 3, 4] },
        { id: 'd' },
      ],
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'ac', participants: ['a', 'c'] },
        { id: 'ad', participants: ['a', 'd'] },
        { id: 'cd', participants: ['c', 'd'] },
      ],
    };
    const mip = await solveMip(instance, { timeLimitSeconds: 10 });
    expect(mip.optimal).toBe(true);
    expect(mip.bound).toBeCloseTo(mip.objective!, 6);
    expect(mip.schedule).not.toBeNull();
    expectValid(instance, mip.schedule!);
    // a meets b in slot 0 and c in slot 2, and d fills the gap in slot 1: nothing idle, c-d left out.
    expect(mip.schedule!.stats).toEqual({ scheduled: 3, unscheduled: 1, idle: 0, maxIdle: 0 });
    expect(schedule(instance, FAST).stats).toEqual(mip.schedule!.stats);
  });
});

describe('incremental mode', () => {
  it('slots new meetings around a published schedule without moving it', () => {
    const instance = generateInstance({
      name: 'test',
      seed: 9,
      participants: 30,
      meetings: 60,
      sessions: 2,
      slotsPerSession: 5,
      tables: 10,
      partialAvailability: 0.2,
      threeParty: 0.1,
      schedulable: false,
    });
    const published = schedule(instance, FAST);
    const late = [
      { id: 'late-1', participants: ['p0', 'p1'] },
      { id: 'late-2', participants: ['p2', 'p3', 'p4'] },
    ];
    const result = scheduleIncremental(instance, published.assignments, late, FAST);
    const merged = { ...instance, meetings: [...instance.meetings, ...late], locked: published.assignments };
    expectValid(merged, result);
    for (const assignment of published.assignments) expect(result.assignments).toContainEqual(assignment);
    expect(result.assignments.length + result.unscheduled.length).toBe(merged.meetings.length);
  });

  it('rejects a published assignment that contradicts a lock', () => {
    const instance: Instance = {
      slots: 2,
      sessions: [[0, 1]],
      tables: 1,
      participants: people('a', 'b'),
      meetings: [{ id: 'ab', participants: ['a', 'b'] }],
      locked: [{ meeting: 'ab', slot: 0, table: 0 }],
    };
    expect(() => scheduleIncremental(instance, [{ meeting: 'ab', slot: 1, table: 0 }])).toThrow(RangeError);
    expect(() => scheduleIncremental(instance, [{ meeting: 'zz', slot: 1, table: 0 }])).toThrow(
      /published assignment refers to unknown meeting "zz"/,
    );
  });

  it('fills the only free cell even when a better slot is published', () => {
    const instance: Instance = {
      slots: 3,
      sessions: [[0, 2]],
      tables: 1,
      participants: people('a', 'b', 'c', 'd'),
      meetings: [
        { id: 'ab', participants: ['a', 'b'] },
        { id: 'cd', participants: ['c', 'd'] },
      ],
    };
    const published = [
      { meeting: 'ab', slot: 0, table: 0 },
      { meeting: 'cd', slot: 1, table: 0 },
    ];
    // a would rather meet c right after ab (slot 1), but cd is published there.
    const result = scheduleIncremental(instance, published, [{ id: 'ac', participants: ['a', 'c'] }], FAST);
    expect(result.assignments).toEqual([...published, { meeting: 'ac', slot: 2, table: 0 }]);
  });
});

describe('input validation', () => {
  const valid: Instance = {
    slots: 4,
    sessions: [[0, 3]],
    tables: 2,
    participants: people('a', 'b', 'c'),
    meetings: [
      { id: 'ab', participants: ['a', 'b'] },
      { id: 'bc', participants: ['b', 'c'] },
    ],
  };
  const cases: [string, Partial<Instance>, RegExp][] = [
    [
      'unknown participant',
      { meetings: [{ id: 'ax', participants: ['a', 'x'] }] },
      /unknown participant "x"/,
    ],
    [
      'meeting with one participant',
      { meetings: [{ id: 'solo', participants: ['a'] }] },
      /at least 2 participants/,
    ],
    ['participant listed twice', { meetings: [{ id: 'aa', participants: ['a', 'a'] }] }, /twice/],
    [
      'duplicate participant id',
      { participants: people('a', 'a', 'b', 'c') },
      /duplicate participant id "a"/,
    ],
    [
      'duplicate meeting id',
      {
        meetings: [
          { id: 'm', participants: ['a', 'b'] },
          { id: 'm', participants: ['b', 'c'] },
        ],
      },
      /duplicate meeting id "m"/,
    ],
    [
      'unavailable slot out of range',
      { participants: [{ id: 'a', unavailable: [4] }, ...people('b', 'c')] },
      /unavailable slot/,
    ],
    ['session out of range', { sessions: [[0, 9]] }, /session #0 end/],
    [
      'overlapping sessions',
      {
        sessions: [
          [0, 2],
          [2, 3],
        ],
      },
      /overlap at slot 2/,
    ],
    ['locked slot out of range', { locked: [{ meeting: 'ab', slot: 7, table: 0 }] }, /locked slot/],
    ['locked table out of range', { locked: [{ meeting: 'ab', slot: 0, table: 2 }] }, /locked table/],
    ['locked unknown meeting', { locked: [{ meeting: 'zz', slot: 0, table: 0 }] }, /unknown meeting "zz"/],
    [
      'two locks in one cell',
      {
        locked: [
          { meeting: 'ab', slot: 0, table: 0 },
          { meeting: 'bc', slot: 0, table: 0 },
        ],
      },
      /both locked to slot 0, table 0/,
    ],
    [
      'locks double-booking a participant',
      {
        locked: [
          { meeting: 'ab', slot: 1, table: 0 },
          { meeting: 'bc', slot: 1, table: 1 },
        ],
      },
      /both need "b" in slot 1/,
    ],
    [
      'lock in an unavailable slot',
      {
        participants: [{ id: 'a', unavailable: [2] }, ...people('b', 'c')],
        locked: [{ meeting: 'ab', slot: 2, table: 0 }],
      },
      /"a" is unavailable/,
    ],
    [
      'lock outside every session',
      { sessions: [[0, 1]], locked: [{ meeting: 'ab', slot: 3, table: 0 }] },
      /in no session/,
    ],
    ['no tables', { tables: 0 }, /tables must be/],
  ];
  it.each(cases)('rejects %s with a RangeError', (_, change, message) => {
    const instance = { ...valid, ...change };
    expect(() => validateInstance(instance)).toThrow(RangeError);
    expect(() => schedule(instance, FAST)).toThrow(message);
  });
});

describe('determinism and limits', () => {
  const instance = generateInstance({
    name: 'test',
    seed: 4,
    participants: 80,
    meetings: 300,
    sessions: 2,
    slotsPerSession: 6,
    tables: 30,
    partialAvailability: 0.3,
    threeParty: 0.1,
    schedulable: false,
  });

  it('returns the same schedule for the same seed', () => {
    const options = { seed: 42, maxIterations: 50_000 };
    expect(schedule(instance, options)).toEqual(schedule(instance, options));
  });

  it('stops at the time limit of the injected clock and still returns a valid schedule', () => {
    let clock = 0;
    const now = () => (clock += 10);
    const result = schedule(instance, { seed: 1, now, timeLimitMs: 100, maxIterations: 1e9 });
    expectValid(instance, result);
    expect(clock).toBeLessThan(10_000);
  });
});
