import type { Model } from './model';
import type { Assignment, Schedule } from './types';

/** Set of small integers with O(1) insert/delete and uniform sampling by position. */
export class IndexSet {
  readonly items: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  add(i: number): void {
    if (this.pos[i]! >= 0) return;
    this.pos[i] = this.size;
    this.items[this.size++] = i;
  }

  delete(i: number): void {
    const at = this.pos[i]!;
    if (at < 0) return;
    const last = this.items[--this.size]!;
    this.items[at] = last;
    this.pos[last] = at;
    this.pos[i] = -1;
  }
}

/** Lexicographic objective: unscheduled meetings, then total idle, then the worst participant's idle. */
export type Score = readonly [unscheduled: number, idle: number, maxIdle: number];

export function better(a: Score, b: Score): boolean {
  if (a[0] !== b[0]) return a[0] < b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  return a[2] < b[2];
}

/**
 * Mutable schedule with incrementally maintained idle counts and an undo log. Every change goes
 * through `move`, so any tentative sequence of moves (a swap, an ejection chain) can be evaluated
 * on the real state and rolled back exactly.
 */
export class State {
  readonly model: Model;
  readonly slotOf: Int32Array;
  /** `busy[p * slots + s]` is the meeting participant p attends in slot s, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  readonly members: number[][];
  private readonly memberPos: Int32Array;
  /** Per participant-session: meetings held and idle slots. */
  readonly countPS: Int32Array;
  readonly idlePS: Int32Array;
  readonly idleP: Int32Array;
  private readonly histogram: Int32Array;
  totalIdle = 0;
  maxIdle = 0;
  /** Participants with at least one idle slot: the search aims its moves at them. */
  readonly idlers: IndexSet;
  readonly unscheduled: IndexSet;
  private readonly log: number[] = [];
  private readonly nSessions: number;
  /** Participant-sessions whose idle count is stale; refreshed once per batch of changes. */
  private readonly stale: number[] = [];
  private readonly staleStamp: Int32Array;
  private epoch = 1;

  constructor(model: Model) {
    const P = model.participantIds.length;
    const M = model.meetingIds.length;
    this.model = model;
    this.nSessions = model.sessionStart.length;
    this.slotOf = new Int32Array(M).fill(-1);
    this.busy = new Int32Array(P * model.slots).fill(-1);
    this.load = new Int32Array(model.slots);
    this.members = Array.from({ length: model.slots }, () => []);
    this.memberPos = new Int32Array(M).fill(-1);
    this.countPS = new Int32Array(P * this.nSessions);
    this.idlePS = new Int32Array(P * this.nSessions);
    this.idleP = new Int32Array(P);
    this.histogram = new Int32Array(model.slots + 1);
    this.histogram[0] = P;
    this.idlers = new IndexSet(P);
    this.unscheduled = new IndexSet(M);
    this.staleStamp = new Int32Array(P * this.nSessions);
    for (let m = 0; m < M; m++) this.unscheduled.add(m);
    model.lockedSlot.forEach((s, m) => {
      if (s >= 0) this.apply(m, s);
    });
    this.refresh();
  }

  score(): Score {
    return [this.unscheduled.size, this.totalIdle, this.maxIdle];
  }

  isLocked(m: number): boolean {
    return this.model.lockedSlot[m]! >= 0;
  }

  /** Slot is in a session and every participant is available there (ignores occupancy). */
  isAllowed(m: number, s: number): boolean {
    const { model } = this;
    if (model.sessionOf[s]! < 0) return false;
    for (const p of model.parts[m]!) if (model.unavailable[p * model.slots + s]) return false;
    return true;
  }

  /** The meeting could be placed in slot s right now without moving anything else. */
  canPlace(m: number, s: number): boolean {
    if (this.load[s]! >= this.model.tables || !this.isAllowed(m, s)) return false;
    const S = this.model.slots;
    for (const p of this.model.parts[m]!) if (this.busy[p * S + s]! >= 0) return false;
    return true;
  }

  /**
   * Idle slots of participant p in session k, pretending slot `plus` is busy and slot `minus` free;
   * the overrides let callers price a placement without touching the state.
   */
  sessionIdle(p: number, k: number, plus = -1, minus = -1): number {
    const { busy, model } = this;
    const base = p * model.slots;
    const end = model.sessionEnd[k]!;
    let first = -1;
    let last = -1;
    for (let s = model.sessionStart[k]!; s <= end; s++) {
      if (s === plus || (s !== minus && busy[base + s]! >= 0)) {
        if (first < 0) first = s;
        last = s;
      }
    }
    let idle = 0;
    for (let s = first + 1; s < last; s++) {
      if (s !== plus && (s === minus || busy[base + s]! < 0) && !model.unavailable[base + s]) idle++;
    }
    return idle;
  }

  /** Idle slots added by placing unscheduled meeting m in slot s (negative when it fills gaps). */
  placementIdleDelta(m: number, s: number): number {
    const k = this.model.sessionOf[s]!;
    let delta = 0;
    for (const p of this.model.parts[m]!)
      delta += this.sessionIdle(p, k, s) - this.idlePS[p * this.nSessions + k]!;
    return delta;
  }

  /** Worst participant idle if the listed participants' idle totals became `values`. */
  previewMaxIdle(participants: readonly number[], values: readonly number[]): number {
    const { histogram, idleP } = this;
    let max = this.maxIdle;
    participants.forEach((p, i) => {
      histogram[idleP[p]!]!--;
      histogram[values[i]!]!++;
      max = Math.max(max, values[i]!);
    });
    while (max > 0 && histogram[max] === 0) max--;
    participants.forEach((p, i) => {
      histogram[values[i]!]!--;
      histogram[idleP[p]!]!++;
    });
    return max;
  }

  /** Moves meeting m to slot s (-1 unschedules), recording the change for `rollback`. */
  move(m: number, s: number): void {
    this.log.push(m, this.slotOf[m]!);
    this.apply(m, s);
    this.refresh();
  }

  /**
   * Moves several meetings at once. All of them leave first, so meetings may trade places, and idle
   * counts are recomputed once per touched participant-session instead of once per meeting.
   */
  moveAll(meetings: readonly number[], targets: readonly number[]): void {
    for (const m of meetings) {
      this.log.push(m, this.slotOf[m]!);
      this.apply(m, -1);
    }
    meetings.forEach((m, i) => {
      this.log.push(m, -1);
      this.apply(m, targets[i]!);
    });
    this.refresh();
  }

  mark(): number {
    return this.log.length;
  }

  rollback(mark: number): void {
    const { log } = this;
    while (log.length > mark) {
      const previous = log.pop()!;
      this.apply(log.pop()!, previous);
    }
    this.refresh();
  }

  /** Forgets the undo history; moves before this point become permanent. */
  commit(): void {
    this.log.length = 0;
  }

  /** Slot vector as it was at `mark`, without disturbing the current state. */
  snapshot(mark = this.log.length): Int32Array {
    const copy = this.slotOf.slice();
    for (let i = this.log.length - 2; i >= mark; i -= 2) copy[this.log[i]!] = this.log[i + 1]!;
    return copy;
  }

  /** Replaces the current schedule by a snapshot. */
  restore(slots: Int32Array): void {
    this.commit();
    // Vacate first so that no intermediate state holds two meetings of one participant in a slot.
    slots.forEach((s, m) => {
      if (this.slotOf[m] !== s) this.apply(m, -1);
    });
    slots.forEach((s, m) => {
      if (this.slotOf[m] !== s) this.apply(m, s);
    });
    this.refresh();
  }

  private apply(m: number, s: number): void {
    const old = this.slotOf[m]!;
    if (old === s) return;
    const { model, busy } = this;
    const S = model.slots;
    const parts = model.parts[m]!;
    const oldSession = old >= 0 ? model.sessionOf[old]! : -1;
    const newSession = s >= 0 ? model.sessionOf[s]! : -1;
    if (old >= 0) {
      for (const p of parts) {
        busy[p * S + old] = -1;
        this.countPS[p * this.nSessions + oldSession]!--;
      }
      this.load[old]!--;
      this.removeMember(m, old);
    }
    if (s >= 0) {
      for (const p of parts) {
        busy[p * S + s] = m;
        this.countPS[p * this.nSessions + newSession]!++;
      }
      this.load[s]!++;
      this.memberPos[m] = this.members[s]!.length;
      this.members[s]!.push(m);
      this.unscheduled.delete(m);
    } else {
      this.unscheduled.add(m);
    }
    this.slotOf[m] = s;
    for (const p of parts) {
      if (oldSession >= 0) this.markStale(p * this.nSessions + oldSession);
      if (newSession >= 0) this.markStale(p * this.nSessions + newSession);
    }
  }

  private markStale(at: number): void {
    if (this.staleStamp[at] === this.epoch) return;
    this.staleStamp[at] = this.epoch;
    this.stale.push(at);
  }

  private refresh(): void {
    for (const at of this.stale) this.refreshIdle(at);
    this.stale.length = 0;
    this.epoch++;
  }

  private removeMember(m: number, s: number): void {
    const list = this.members[s]!;
    const at = this.memberPos[m]!;
    const last = list.pop()!;
    if (last !== m) {
      list[at] = last;
      this.memberPos[last] = at;
    }
    this.memberPos[m] = -1;
  }

  private refreshIdle(at: number): void {
    const p = Math.floor(at / this.nSessions);
    const idle = this.countPS[at]! < 2 ? 0 : this.sessionIdle(p, at - p * this.nSessions);
    const change = idle - this.idlePS[at]!;
    if (change === 0) return;
    this.idlePS[at] = idle;
    const before = this.idleP[p]!;
    const after = before + change;
    this.idleP[p] = after;
    this.totalIdle += change;
    this.histogram[before]!--;
    this.histogram[after]!++;
    if (after > this.maxIdle) this.maxIdle = after;
    while (this.maxIdle > 0 && this.histogram[this.maxIdle] === 0) this.maxIdle--;
    if (after > 0) this.idlers.add(p);
    else this.idlers.delete(p);
  }
}

/**
 * Turns a slot vector into the public schedule. Locked meetings keep their table; the others take
 * the lowest free tables of their slot in meeting order, which keeps table numbers stable.
 */
export function toSchedule(model: Model, slots: Int32Array): Schedule {
  const state = new State(model);
  state.restore(slots);
  const taken = new Uint8Array(model.tables);
  const assignments: Assignment[] = [];
  for (let s = 0; s < model.slots; s++) {
    const inSlot = [...state.members[s]!].sort((a, b) => a - b);
    taken.fill(0);
    for (const m of inSlot) if (model.lockedTable[m]! >= 0) taken[model.lockedTable[m]!] = 1;
    let next = 0;
    for (const m of inSlot) {
      let table = model.lockedTable[m]!;
      if (table < 0) {
        while (taken[next]) next++;
        table = next++;
      }
      assignments.push({ meeting: model.meetingIds[m]!, slot: s, table });
    }
  }
  const unscheduled = model.meetingIds.filter((_, m) => state.slotOf[m]! < 0);
  return {
    assignments,
    unscheduled,
    stats: {
      scheduled: assignments.length,
      unscheduled: unscheduled.length,
      idle: state.totalIdle,
      maxIdle: state.maxIdle,
    },
  };
}
