import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { type Assignment, type Instance, type Session, checkSchedule, idleSlots, schedule } from './index';

/** Small budgets keep each run in the millisecond range; the properties do not depend on quality. */
const OPTIONS = { seed: 7, maxIterations: 20_000 };

interface Frame {
  slots: number;
  tables: number;
  participants: number;
  sessions: Session[];
}

/** Slots cut into sessions, with some slots left outside every session (breaks, lunch). */
const frameArb: fc.Arbitrary<Frame> = fc
  .record({
    slots: fc.integer({ min: 1, max: 10 }),
    tables: fc.integer({ min: 1, max: 4 }),
    participants: fc.integer({ min: 2, max: 7 }),
    layout: fc.array(fc.constantFrom('same', 'cut', 'gap'), { minLength: 10, maxLength: 10 }),
  })
  .map(({ slots, tables, participants, layout }) => {
    const sessions: Session[] = [];
    let open: [number, number] | null = null;
    for (let s = 0; s < slots; s++) {
      if (layout[s] === 'gap') {
        open = null;
        continue;
      }
      if (!open || layout[s] === 'cut') {
        open = [s, s];
        sessions.push(open);
      }
      open[1] = s;
    }
    return { slots, tables, participants, sessions };
  });

function inSession(frame: Frame, s: number): boolean {
  return frame.sessions.some(([a, b]) => s >= a && s <= b);
}

const groupArb = (frame: Frame) =>
  fc.uniqueArray(fc.nat(frame.participants - 1), { minLength: 2, maxLength: 3 });

/** Arbitrary instances, including impossible meetings and locks (only consistent locks are kept). */
const instanceArb: fc.Arbitrary<Instance> = frameArb.chain((frame) =>
  fc
    .record({
      meetings: fc.array(
        fc.record({
          group: groupArb(frame),
          lock: fc.option(fc.tuple(fc.nat(frame.slots - 1), fc.nat(frame.tables - 1))),
        }),
        { maxLength: 14 },
      ),
      unavailable: fc.array(fc.uniqueArray(fc.nat(frame.slots - 1), { maxLength: frame.slots }), {
        minLength: frame.participants,
        maxLength: frame.participants,
      }),
    })
    .map(({ meetings, unavailable }) => {
      const cells = new Set<string>();
      const busy = new Set<string>();
      const locked: Assignment[] = [];
      meetings.forEach(({ group, lock }, i) => {
        if (!lock) return;
        const [slot, table] = lock;
        const fits =
          inSession(frame, slot) &&
          !cells.has(`${slot}/${table}`) &&
          group.every((p) => !busy.has(`${p}@${slot}`) && !unavailable[p]!.includes(slot));
        if (!fits) return;
        cells.add(`${slot}/${table}`);
        for (const p of group) busy.add(`${p}@${slot}`);
        locked.push({ meeting: `m${i}`, slot, table });
      });
      return {
        slots: frame.slots,
        sessions: frame.sessions,
        tables: frame.tables,
        participants: unavailable.map((u, p) => ({ id: `p${p}`, unavailable: u })),
        meetings: meetings.map(({ group }, i) => ({ id: `m${i}`, participants: group.map((p) => `p${p}`) })),
        locked,
      };
    }),
);

/**
 * Instances with a planted complete schedule: each meeting is only kept if its planted slot is
 * free for its participants and has a table left, and participants are only made unavailable in
 * slots the plant leaves them free.
 */
const schedulableArb: fc.Arbitrary<Instance> = frameArb
  .filter((frame) => frame.sessions.length > 0)
  .chain((frame) =>
    fc
      .record({
        meetings: fc.array(fc.record({ group: groupArb(frame), slot: fc.nat(frame.slots - 1) }), {
          maxLength: 16,
        }),
        unavailable: fc.array(fc.uniqueArray(fc.nat(frame.slots - 1), { maxLength: frame.slots }), {
          minLength: frame.participants,
          maxLength: frame.participants,
        }),
      })
      .map(({ meetings, unavailable }) => {
        const load = new Map<number, number>();
        const busy = new Set<string>();
        const kept = meetings.filter(({ group, slot }) => {
          if (
            !inSession(frame, slot) ||
            (load.get(slot) ?? 0) >= frame.tables ||
            group.some((p) => busy.has(`${p}@${slot}`))
          )
            return false;
          load.set(slot, (load.get(slot) ?? 0) + 1);
          for (const p of group) busy.add(`${p}@${slot}`);
          return true;
        });
        return {
          slots: frame.slots,
          sessions: frame.sessions,
          tables: frame.tables,
          participants: unavailable.map((u, p) => ({
            id: `p${p}`,
            unavailable: u.filter((s) => !busy.has(`${p}@${s}`)),
          })),
          meetings: kept.map(({ group }, i) => ({ id: `m${i}`, participants: group.map((p) => `p${p}`) })),
        };
      }),
  );

test.prop([instanceArb], { numRuns: 150 })(
  'every hard constraint holds and the stats match the schedule',
  (instance) => {
    const result = schedule(instance, OPTIONS);
    expect(checkSchedule(instance, result)).toEqual([]);
    const idle = idleSlots(instance, result.assignments);
    expect(result.stats).toEqual({
      scheduled: result.assignments.length,
      unscheduled: result.unscheduled.length,
      idle: idle.idle,
      maxIdle: idle.maxIdle,
    });
  },
);

test.prop([schedulableArb], { numRuns: 150 })(
  'instances built to be fully schedulable drop nothing',
  (instance) => {
    const result = schedule(instance, OPTIONS);
    expect(checkSchedule(instance, result)).toEqual([]);
    expect(result.unscheduled).toEqual([]);
  },
);
