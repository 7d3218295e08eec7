import { compile } from './model';
import { State, toSchedule } from './state';
import type { Instance, Schedule } from './types';

/** Baseline for benchmarks: meetings in input order, each in its earliest feasible slot. */
export function greedySchedule(instance: Instance): Schedule {
  const model = compile(instance);
  const state = new State(model);
  for (let m = 0; m < model.meetingIds.length; m++) {
    if (state.slotOf[m]! >= 0) continue;
    const slot = model.allowed[m]!.find((s) => state.canPlace(m, s));
    if (slot !== undefined) state.move(m, slot);
  }
  return toSchedule(model, state.slotOf);
}
