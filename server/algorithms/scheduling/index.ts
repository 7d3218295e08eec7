/**
 * B2B meeting scheduler: places requested meetings into session slots and tables so that as many
 * as possible happen, participants wait as little as possible between meetings, and the waiting
 * is spread fairly. Pure and deterministic for a seed; see `schedule` and `scheduleIncremental`.
 * `greedySchedule` and `solveMip` are the baseline and the exact reference used by the benchmark.
 */
export type {
  Assignment,
  Instance,
  Meeting,
  Participant,
  Schedule,
  ScheduleStats,
  Session,
  SolveOptions,
} from './types';
export { DEFAULT_TIME_LIMIT_MS, schedule, scheduleIncremental } from './scheduler';
export { greedySchedule } from './greedy';
export { type MipOptions, type MipResult, solveMip } from './mip';
export { type IdleSummary, type Violation, type ViolationKind, checkSchedule, idleSlots } from './validate';
export { validateInstance } from './model';
