import type { Model } from './model';
import { type Rng, shuffle } from './rng';
import type { State } from './state';

/**
 * Most-constrained-first order. A participant's pressure is its meeting count over the session slots
 * it can attend; meetings of saturated participants (typically the big end users everybody wants to
 * meet) go first because every later placement only removes options from them.
 */
function constructionOrder(model: Model, rng: Rng): number[] {
  const S = model.slots;
  const pressure = model.meetingsOf.map((meetings, p) => {
    let open = 0;
    for (let s = 0; s < S; s++) if (model.sessionOf[s]! >= 0 && !model.unavailable[p * S + s]) open++;
    // Nobody can meet a participant without open slots, so their meetings need no priority.
    return open === 0 ? 0 : meetings.length / open;
  });
  const key = model.parts.map((parts, m) => {
    let worst = 0;
    let sum = 0;
    for (const p of parts) {
      worst = Math.max(worst, pressure[p]!);
      sum += pressure[p]!;
    }
    // Fewer usable slots breaks ties among equally pressured meetings; the sum separates the rest.
    return worst * 1000 + sum - model.allowed[m]!.length / (S + 1);
  });
  const order = shuffle(
    rng,
    Array.from(model.meetingIds, (_, m) => m),
  );
  return order.sort((a, b) => key[b]! - key[a]!);
}

/**
 * Price of putting meeting m in slot s during construction. Added idle dominates; sitting next to a
 * participant's existing meeting is rewarded and opening a new session block is taxed, because
 * contiguous blocks are what keep later insertions from creating gaps.
 */
function placementCost(state: State, m: number, s: number): number {
  const { model, busy } = state;
  const S = model.slots;
  const k = model.sessionOf[s]!;
  const nSessions = model.sessionStart.length;
  let cost = 4 * state.placementIdleDelta(m, s);
  for (const p of model.parts[m]!) {
    const base = p * S;
    if (
      (s > model.sessionStart[k]! && busy[base + s - 1]! >= 0) ||
      (s < model.sessionEnd[k]! && busy[base + s + 1]! >= 0)
    ) {
      cost -= 1;
    }
    if (state.countPS[p * nSessions + k] === 0) cost += 0.5;
  }
  return cost;
}

/** Places every unlocked meeting in its cheapest feasible slot; meetings with none stay unscheduled. */
export function construct(state: State, rng: Rng): void {
  const { model } = state;
  for (const m of constructionOrder(model, rng)) {
    if (state.slotOf[m]! >= 0) continue;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const s of model.allowed[m]!) {
      if (!state.canPlace(m, s)) continue;
      const cost = placementCost(state, m, s) + rng() * 0.25;
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
      }
    }
    if (best >= 0) state.move(m, best);
  }
  state.commit();
}
