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
