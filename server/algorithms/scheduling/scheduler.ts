import { construct } from './construct';
import { compile, lockPublished } from './model';
import { repairCoverage } from './repair';
import { createRng } from './rng';
import { anneal } from './search';
import { State, toSchedule } from './state';
import type { Assignment, Instance, Meeting, Schedule, SolveOptions } from './types';

/** Used when the caller supplies a clock but no limit: large events still answer within seconds. */
export const DEFAULT_TIME_LIMIT_MS = 4000;

/** Move budget: plenty for small events to converge, ~2-3 s of search for 10 000 meetings. */
function defaultIterations(meetings: number): number {
  return Math.min(2_500_000, Math.max(300_000, meetings * 250));
}

/**
 * Builds a schedule: most-constrained-first construction, ejection-chain repair of what did not fit,
 * then simulated annealing on idle time and fairness. Throws RangeError on invalid input.
 */
export function schedule(instance: Instance, options: SolveOptions = {}): Schedule {
  const { now } = options;
  const startedAt = now?.() ?? 0;
  const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  if (!(limitMs >= 0)) throw new RangeError(`timeLimitMs must be a non-negative number, got ${limitMs}`);
  const elapsed = now ? () => (now() - startedAt) / limitMs : () => 0;
  const model = compile(instance);
  const rng = createRng(options.seed ?? 1);

  const state = new State(model);
  construct(state, rng);
  repairCoverage(state, rng, 20_000 + 20 * model.meetingIds.length, () => elapsed() >= 0.5);
  state.commit();
  anneal(state, rng, {
    maxIterations: options.maxIterations ?? defaultIterations(model.meetingIds.length),
    elapsed,
  });
  return toSchedule(model, state.slotOf);
}

/**
 * Adds meetings to a published schedule: every published assignment keeps its slot and table, and
 * the new meetings go into the free cells. `instance.meetings` must contain the published meetings.
 */
export function scheduleIncremental(
  instance: Instance,
  published: readonly Assignment[],
  newMeetings: readonly Meeting[] = [],
  options: SolveOptions = {},
): Schedule {
  const merged = { ...instance, meetings: [...instance.meetings, ...newMeetings] };
  return schedule(lockPublished(merged, published), options);
}
