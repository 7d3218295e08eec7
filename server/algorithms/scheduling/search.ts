import { blockers, insertDirect } from './moves';
import { repairCoverage } from './repair';
import { type Rng, randomInt } from './rng';
import { type Score, type State, better } from './state';

export interface SearchLimits {
  readonly maxIterations: number;
  /**
   * Share of the caller's time budget already spent (0 without a clock), polled every few hundred
   * moves. Cooling follows whichever of moves or time is further along, so a run cut short by the
   * clock still ends cold; when the clock never leads, the run is fully reproducible.
   */
  readonly elapsed: () => number;
}

/**
 * Idle deltas of single moves are small integers, so cooling from 2 to 0.05 spans "accepts most
 * +1 moves" to "accepts practically none". Starting hot pays off on small, tight instances.
 */
const START_TEMPERATURE = 2;
const END_TEMPERATURE = 0.05;
/**
 * The energy mixes in the worst participant's idle below the weight of one idle slot, so the
 * annealer prefers fairer schedules without ever trading total idle for fairness.
 */
const FAIRNESS_WEIGHT = 0.3;
/** Share of moves spent re-inserting unscheduled meetings while there are any. */
const INSERT_SHARE = 0.2;
const REPAIR_INTERVAL = 10_000;
/** Longer chains are almost never improving and cost as much as dozens of small moves. */
const MAX_CHAIN = 16;

/**
 * Kempe-chain swap between slots s1 and s2: starting from meeting m, every meeting in either slot
 * that shares a participant with a moving meeting moves too, so the exchange can never double-book
 * anyone. Plain relocations and pairwise swaps are the one- and two-meeting cases. When the target
 * slot has no free table an unrelated meeting is pulled into the chain to make room.
 *
 * Because the chain is closed, every participant it touches simply trades their s1 and s2 status;
 * that makes the idle change computable without touching the state, so rejected moves (the vast
 * majority late in the anneal) cost no updates and no rollback.
 */
class KempeChains {
  private readonly stamp: Int32Array;
  private readonly seen: Int32Array;
  private epoch = 0;
  private readonly chain: number[] = [];
  private readonly changed: number[] = [];
  private readonly changedIdle: number[] = [];
  private s1 = -1;
  private s2 = -1;
  /** Chain members currently in s1. */
  private fromS1 = 0;
  /** Idle and worst-idle change of the chain built last, filled by `evaluate`. */
  idleDelta = 0;
  maxDelta = 0;

  constructor(
    private readonly state: State,
    private readonly rng: Rng,
    private readonly maxSize: number,
  ) {
    this.stamp = new Int32Array(state.model.meetingIds.length);
    this.seen = new Int32Array(state.model.participantIds.length);
  }

  private join(m: number): boolean {
    if (this.stamp[m] === this.epoch) return true;
    if (this.state.isLocked(m) || this.chain.length === this.maxSize) return false;
    this.stamp[m] = this.epoch;
    this.chain.push(m);
    if (this.state.slotOf[m] === this.s1) this.fromS1++;
    return true;
  }

  /** Adds a random unchained, unlocked meeting of slot s; false if there is none. */
  private joinAny(s: number): boolean {
    const members = this.state.members[s]!;
    const start = randomInt(this.rng, members.length);
    for (let i = 0; i < members.length; i++) {
      const b = members[(start + i) % members.length]!;
      if (this.stamp[b] !== this.epoch && !this.state.isLocked(b)) return this.join(b);
    }
    return false;
  }

  /** Collects the chain moving m from s1 to s2; false if it is infeasible or too long. */
  build(m: number, s1: number, s2: number): boolean {
    const { state, chain } = this;
    const { model, busy, slotOf } = state;
    const S = model.slots;
    this.epoch++;
    this.s1 = s1;
    this.s2 = s2;
    this.fromS1 = 0;
    chain.length = 0;
    if (!this.join(m)) return false;
    let next = 0;
    for (;;) {
      while (next < chain.length) {
        const x = chain[next++]!;
        const target = slotOf[x] === s1 ? s2 : s1;
        if (!state.isAllowed(x, target)) return false;
        for (const p of model.parts[x]!) {
          const b = busy[p * S + target]!;
          if (b >= 0 && !this.join(b)) return false;
        }
      }
      const inS1 = this.fromS1;
      const inS2 = chain.length - inS1;
      // Tables: the slot receiving more meetings than it gives needs spare capacity.
      if (state.load[s2]! + inS1 - inS2 > model.tables) {
        if (!this.joinAny(s2)) return false;
      } else if (state.load[s1]! + inS2 - inS1 > model.tables) {
        if (!this.joinAny(s1)) return false;
      } else {
        return true;
      }
    }
  }

  /** Computes `idleDelta` and `maxDelta` of the chain built last, without applying it. */
  evaluate(): void {
    const { state, changed, changedIdle, s1, s2 } = this;
    const { model, busy, idlePS, idleP } = state;
    const S = model.slots;
    const nSessions = model.sessionStart.length;
    changed.length = 0;
    changedIdle.length = 0;
    let idleDelta = 0;
    for (const x of this.chain) {
      for (const p of model.parts[x]!) {
        if (this.seen[p] === this.epoch) continue;
        this.seen[p] = this.epoch;
        const at1 = busy[p * S + s1]! >= 0;
        if (at1 === busy[p * S + s2]! >= 0) continue;
        const from = at1 ? s1 : s2;
        const to = at1 ? s2 : s1;
        const kFrom = model.sessionOf[from]!;
        const kTo = model.sessionOf[to]!;
        let delta: number;
        if (kFrom === kTo) {
          delta = state.sessionIdle(p, kFrom, to, from) - idlePS[p * nSessions + kFrom]!;
        } else {
          delta =
            state.sessionIdle(p, kFrom, -1, from) -
            idlePS[p * nSessions + kFrom]! +
            state.sessionIdle(p, kTo, to, -1) -
            idlePS[p * nSessions + kTo]!;
        }
        if (delta === 0) continue;
        idleDelta += delta;
        changed.push(p);
        changedIdle.push(idleP[p]! + delta);
      }
    }
    this.idleDelta = idleDelta;
    this.maxDelta = changed.length === 0 ? 0 : state.previewMaxIdle(changed, changedIdle) - state.maxIdle;
  }

  apply(): void {
    const { s1, s2 } = this;
    const { slotOf } = this.state;
    this.state.moveAll(
      this.chain,
      this.chain.map((x) => (slotOf[x] === s1 ? s2 : s1)),
    );
  }
}

/** Puts unscheduled meeting m in slot s; a single displaced meeting is re-placed elsewhere if it fits. */
function insertEvicting(state: State, rng: Rng, m: number, s: number): boolean {
  const evicted = blockers(state, m, s, 1, rng);
  if (!evicted) return false;
  const other = evicted[0];
  if (other !== undefined) state.move(other, -1);
  state.move(m, s);
  if (other !== undefined) insertDirect(state, other);
  return true;
}

/**
 * A move aimed at one participant's gap: take the meeting at either end of their block in that
 * session and put it into a hole of the block (or just past its other end).
 */
function gapMove(state: State, rng: Rng, p: number): [m: number, target: number] | null {
  const { model, busy } = state;
  const nSessions = model.sessionStart.length;
  const S = model.slots;
  const base = p * S;
  let k = randomInt(rng, nSessions);
  for (let i = 0; i < nSessions && state.idlePS[p * nSessions + k] === 0; i++) k = (k + 1) % nSessions;
  let first = -1;
  let last = -1;
  for (let s = model.sessionStart[k]!; s <= model.sessionEnd[k]!; s++) {
    if (busy[base + s]! >= 0) {
      if (first < 0) first = s;
      last = s;
    }
  }
  if (first < 0) return null;
  const fromStart = rng() < 0.5;
  const m = busy[base + (fromStart ? first : last)]!;
  // Holes of the block, plus the slot just beyond the opposite end.
  const lo = fromStart ? first + 1 : first - 1;
  const hi = fromStart ? last + 1 : last - 1;
  const span = hi - lo + 1;
  const offset = randomInt(rng, span);
  for (let i = 0; i < span; i++) {
    const s = lo + ((offset + i) % span);
    if (
      s >= model.sessionStart[k]! &&
      s <= model.sessionEnd[k]! &&
      busy[base + s]! < 0 &&
      !model.unavailable[base + s]
    )
      return [m, s];
  }
  return null;
}

/** Picks a meeting and a target slot for a Kempe move; null when the draw is unusable. */
function pickMove(state: State, rng: Rng): [m: number, target: number] | null {
  const { model } = state;
  if (state.idlers.size > 0 && rng() < 0.7) {
    // Moves are aimed at participants who actually have gaps; elsewhere most moves are wasted.
    return gapMove(state, rng, state.idlers.items[randomInt(rng, state.idlers.size)]!);
  }
  const m = randomInt(rng, model.meetingIds.length);
  const s1 = state.slotOf[m]!;
  if (s1 < 0) return null;
  if (rng() < 0.5) {
    const k = model.sessionOf[s1]!;
    return [m, model.sessionStart[k]! + randomInt(rng, model.sessionEnd[k]! - model.sessionStart[k]! + 1)];
  }
  const allowed = model.allowed[m]!;
  return [m, allowed[randomInt(rng, allowed.length)]!];
}

/**
 * Simulated annealing over relocations, swaps and evicting insertions. Unscheduled count is treated
 * lexicographically: moves that schedule fewer meetings are never accepted and moves that schedule
 * more always are. Leaves the best schedule found in `state`.
 */
export function anneal(state: State, rng: Rng, limits: SearchLimits): void {
  const impossible = state.model.allowed.filter((a) => a.length === 0).length;
  let current = state.score();
  let best = current;
  let bestSlots: Int32Array | null = null;
  let temperature = START_TEMPERATURE;
  const kempe = new KempeChains(state, rng, MAX_CHAIN);
  const cooling = Math.log(END_TEMPERATURE / START_TEMPERATURE);

  // Nothing beats scheduling every meeting that has a usable slot with no idle time at all, so
  // reaching that ends the search early.
  const lowerBound: Score = [impossible, 0, 0];
  const reached = (score: Score) => !better(lowerBound, score);
  const accept = (unscheduledDelta: number, idleDelta: number, maxDelta: number): boolean => {
    if (unscheduledDelta !== 0) return unscheduledDelta < 0;
    const delta = idleDelta + FAIRNESS_WEIGHT * maxDelta;
    return delta <= 0 || rng() < Math.exp(-delta / temperature);
  };
  const noteAccepted = (mark: number) => {
    const score = state.score();
    if (better(score, best)) {
      best = score;
      bestSlots = null;
    } else if (bestSlots === null && better(best, score)) {
      // Lazy copy: the best schedule is only materialised when the search walks away from it.
      bestSlots = state.snapshot(mark);
    }
    current = score;
    state.commit();
  };

  for (let iter = 0; iter < limits.maxIterations; iter++) {
    if ((iter & 255) === 0) {
      const progress = Math.max(iter / limits.maxIterations, limits.elapsed());
      if (progress >= 1 || reached(best)) break;
      temperature = START_TEMPERATURE * Math.exp(cooling * progress);
    }
    const insertable = state.unscheduled.size - impossible;
    if (insertable > 0 && iter % REPAIR_INTERVAL === REPAIR_INTERVAL - 1) {
      const mark = state.mark();
      repairCoverage(state, rng, 2000);
      noteAccepted(mark);
      continue;
    }
    const mark = state.mark();
    if (insertable > 0 && rng() < INSERT_SHARE) {
      const m = state.unscheduled.items[randomInt(rng, state.unscheduled.size)]!;
      const allowed = state.model.allowed[m]!;
      if (allowed.length === 0 || !insertEvicting(state, rng, m, allowed[randomInt(rng, allowed.length)]!))
        continue;
      const score = state.score();
      if (accept(score[0] - current[0], score[1] - current[1], score[2] - current[2])) noteAccepted(mark);
      else state.rollback(mark);
      continue;
    }
    const move = pickMove(state, rng);
    if (!move) continue;
    const [m, s2] = move;
    const s1 = state.slotOf[m]!;
    if (s1 === s2 || !kempe.build(m, s1, s2)) continue;
    kempe.evaluate();
    if (accept(0, kempe.idleDelta, kempe.maxDelta)) {
      kempe.apply();
      noteAccepted(mark);
    }
  }
  if (bestSlots !== null) state.restore(bestSlots);
}
