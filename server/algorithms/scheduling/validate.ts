import type { Assignment, Instance, Schedule } from './types';

export type ViolationKind =
  | 'unknown-meeting'
  | 'duplicate-assignment'
  | 'slot-out-of-session'
  | 'table-out-of-range'
  | 'table-clash'
  | 'participant-clash'
  | 'unavailable'
  | 'locked-moved'
  | 'missing-meeting';

export interface Violation {
  readonly kind: ViolationKind;
  readonly message: string;
}

export interface IdleSummary {
  /** Summed idle slots over all participants and sessions. */
  readonly idle: number;
  /** Idle slots of the worst-off participant. */
  readonly maxIdle: number;
  readonly perParticipant: ReadonlyMap<string, number>;
}

function sessionOfSlot(instance: Instance): Map<number, number> {
  const of = new Map<number, number>();
  instance.sessions.forEach(([start, end], k) => {
    for (let s = start; s <= end; s++) of.set(s, k);
  });
  return of;
}

/**
 * Independent re-check of every hard constraint, written against the raw instance (no shared code
 * with the solver) so tests and benchmarks do not trust the solver's own bookkeeping.
 */
export function checkSchedule(
  instance: Instance,
  schedule: Pick<Schedule, 'assignments' | 'unscheduled'>,
): Violation[] {
  const violations: Violation[] = [];
  const report = (kind: ViolationKind, message: string) => violations.push({ kind, message });
  const meetings = new Map(instance.meetings.map((m) => [m.id, m]));
  const unavailable = new Map(instance.participants.map((p) => [p.id, new Set(p.unavailable ?? [])]));
  const session = sessionOfSlot(instance);
  const seen = new Set<string>();
  const cells = new Map<string, string>();
  const attendance = new Map<string, string>();

  for (const { meeting: id, slot, table } of schedule.assignments) {
    const meeting = meetings.get(id);
    if (!meeting) {
      report('unknown-meeting', `assignment for unknown meeting "${id}"`);
      continue;
    }
    if (seen.has(id)) report('duplicate-assignment', `meeting "${id}" is assigned more than once`);
    seen.add(id);
    if (!session.has(slot))
      report('slot-out-of-session', `meeting "${id}" is in slot ${slot}, which is in no session`);
    if (!Number.isInteger(table) || table < 0 || table >= instance.tables) {
      report('table-out-of-range', `meeting "${id}" uses table ${table} of ${instance.tables}`);
    }
    const cell = `${slot}/${table}`;
    const occupant = cells.get(cell);
    if (occupant !== undefined)
      report('table-clash', `meetings "${occupant}" and "${id}" share slot ${slot}, table ${table}`);
    cells.set(cell, id);
    for (const pid of meeting.participants) {
      const key = `${pid}@${slot}`;
      const other = attendance.get(key);
      if (other !== undefined)
        report('participant-clash', `"${pid}" is in "${other}" and "${id}" in slot ${slot}`);
      attendance.set(key, id);
      if (unavailable.get(pid)?.has(slot))
        report('unavailable', `"${pid}" is unavailable in slot ${slot} (meeting "${id}")`);
    }
  }

  const placed = new Map(schedule.assignments.map((a) => [a.meeting, a]));
  for (const lock of instance.locked ?? []) {
    const at = placed.get(lock.meeting);
    if (!at || at.slot !== lock.slot || at.table !== lock.table) {
      report(
        'locked-moved',
        `locked meeting "${lock.meeting}" is not at slot ${lock.slot}, table ${lock.table}`,
      );
    }
  }

  const dropped = new Set(schedule.unscheduled);
  for (const id of dropped) {
    if (!meetings.has(id)) report('unknown-meeting', `unscheduled list names unknown meeting "${id}"`);
    if (seen.has(id)) report('duplicate-assignment', `meeting "${id}" is both assigned and unscheduled`);
  }
  for (const id of meetings.keys()) {
    if (!seen.has(id) && !dropped.has(id))
      report('missing-meeting', `meeting "${id}" is neither assigned nor unscheduled`);
  }
  return violations;
}

/** Idle-slot objective recomputed from scratch from the assignments. */
export function idleSlots(instance: Instance, assignments: readonly Assignment[]): IdleSummary {
  const meetings = new Map(instance.meetings.map((m) => [m.id, m.participants]));
  const busy = new Map<string, Set<number>>();
  for (const { meeting, slot } of assignments) {
    for (const pid of meetings.get(meeting) ?? []) {
      const slots = busy.get(pid) ?? new Set<number>();
      slots.add(slot);
      busy.set(pid, slots);
    }
  }
  const perParticipant = new Map<string, number>();
  let idle = 0;
  let maxIdle = 0;
  for (const participant of instance.participants) {
    const slots = busy.get(participant.id) ?? new Set<number>();
    const blocked = new Set(participant.unavailable ?? []);
    let own = 0;
    for (const [start, end] of instance.sessions) {
      const inSession = [...slots].filter((s) => s >= start && s <= end);
      if (inSession.length < 2) continue;
      const first = Math.min(...inSession);
      const last = Math.max(...inSession);
      for (let s = first + 1; s < last; s++) if (!slots.has(s) && !blocked.has(s)) own++;
    }
    perParticipant.set(participant.id, own);
    idle += own;
    maxIdle = Math.max(maxIdle, own);
  }
  return { idle, maxIdle, perParticipant };
}
