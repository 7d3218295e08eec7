/** Inclusive slot range `[start, end]`; idle time is only counted inside one session. */
export type Session = readonly [start: number, end: number];

export interface Participant {
  readonly id: string;
  /** Slots the participant cannot meet in; they never count as idle. */
  readonly unavailable?: readonly number[];
}

export interface Meeting {
  readonly id: string;
  /** Two or more participant ids. */
  readonly participants: readonly string[];
}

export interface Assignment {
  readonly meeting: string;
  readonly slot: number;
  readonly table: number;
}

export interface Instance {
  readonly slots: number;
  readonly sessions: readonly Session[];
  readonly tables: number;
  readonly participants: readonly Participant[];
  readonly meetings: readonly Meeting[];
  /** Meetings pinned to a slot and table; the solver never moves them. */
  readonly locked?: readonly Assignment[];
}

export interface ScheduleStats {
  readonly scheduled: number;
  readonly unscheduled: number;
  /** Sum over participants and sessions of free slots between their first and last meeting. */
  readonly idle: number;
  /** Idle slots of the worst-off participant (summed over sessions). */
  readonly maxIdle: number;
}

export interface Schedule {
  readonly assignments: Assignment[];
  readonly unscheduled: string[];
  readonly stats: ScheduleStats;
}

export interface SolveOptions {
  /** Seeds every random choice: the same seed and instance give the same schedule. */
  readonly seed?: number;
  /**
   * Wall-clock cap for the search, honoured only together with `now`; the core never reads a clock
   * itself so that it stays pure and reproducible.
   */
  readonly timeLimitMs?: number;
  /** Monotonic clock in milliseconds (e.g. `() => performance.now()`), injected by the caller. */
  readonly now?: () => number;
  /**
   * Local-search move budget. The search is deterministic for a seed whenever it finishes on this
   * budget before the time limit cuts in; the default scales with the instance.
   */
  readonly maxIterations?: number;
}
