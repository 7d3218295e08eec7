import { type Rng, randomInt } from './rng';
import type { State } from './state';

/**
 * Meetings that must leave slot s before meeting m can go there: those sharing a participant with m,
 * plus one random unrelated meeting when the slot has no free table. Returns null when more than
 * `limit` would have to move or one of them may not (locked, or listed in `keep`).
 */
export function blockers(
  state: State,
  m: number,
  s: number,
  limit: number,
  rng: Rng,
  keep?: ReadonlySet<number>,
): number[] | null {
  const { model, busy } = state;
  const S = model.slots;
  const out: number[] = [];
  for (const p of model.parts[m]!) {
    const b = busy[p * S + s]!;
    if (b < 0 || b === m || out.includes(b)) continue;
    if (out.length === limit || state.isLocked(b) || keep?.has(b)) return null;
    out.push(b);
  }
  if (state.load[s]! - out.length < model.tables) return out;
  if (out.length === limit) return null;
  const members = state.members[s]!;
  const start = randomInt(rng, members.length);
  for (let i = 0; i < members.length; i++) {
    const b = members[(start + i) % members.length]!;
    if (b !== m && !out.includes(b) && !state.isLocked(b) && !keep?.has(b)) {
      out.push(b);
      return out;
    }
  }
  return null;
}

/** Places an unscheduled meeting in the free slot that adds the least idle time; false if none. */
export function insertDirect(state: State, m: number): boolean {
  let best = -1;
  let bestDelta = Number.POSITIVE_INFINITY;
  for (const s of state.model.allowed[m]!) {
    if (!state.canPlace(m, s)) continue;
    const delta = state.placementIdleDelta(m, s);
    if (delta < bestDelta) {
      bestDelta = delta;
      best = s;
    }
  }
  if (best < 0) return false;
  state.move(m, best);
  return true;
}
