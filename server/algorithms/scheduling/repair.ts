import { blockers, insertDirect } from './moves';
import { type Rng, randomInt } from './rng';
import type { State } from './state';

/**
 * Coverage repair by ejection chains: an unscheduled meeting takes a slot by evicting up to two
 * blocking meetings, which must in turn find a place (directly or by evicting others, up to
 * `maxDepth` levels). A chain that does not close is rolled back, so the repair never unschedules
 * anything. `maxNodes` bounds the exponential worst case; `stop` lets a time budget end it early.
 */
export function repairCoverage(
  state: State,
  rng: Rng,
  maxNodes: number,
  stop: () => boolean = () => false,
  maxDepth = 3,
): void {
  const { model } = state;
  let nodes = 0;
  const chain = new Set<number>();

  const tryInsert = (m: number, depth: number): boolean => {
    if (insertDirect(state, m)) return true;
    if (depth === 0) return false;
    const allowed = model.allowed[m]!;
    const start = randomInt(rng, allowed.length);
    chain.add(m);
    try {
      for (let i = 0; i < allowed.length && nodes < maxNodes; i++) {
        const s = allowed[(start + i) % allowed.length]!;
        nodes++;
        const evicted = blockers(state, m, s, 2, rng, chain);
        if (!evicted) continue;
        const mark = state.mark();
        for (const e of evicted) state.move(e, -1);
        state.move(m, s);
        for (const e of evicted) chain.add(e);
        const closed = evicted.every((e) => tryInsert(e, depth - 1));
        for (const e of evicted) chain.delete(e);
        if (closed) return true;
        state.rollback(mark);
      }
      return false;
    } finally {
      chain.delete(m);
    }
  };

  const pending = Array.from(state.unscheduled.items.subarray(0, state.unscheduled.size))
    .filter((m) => model.allowed[m]!.length > 0)
    .sort((a, b) => model.allowed[a]!.length - model.allowed[b]!.length || a - b);
  for (const m of pending) {
    if (nodes >= maxNodes || stop()) break;
    if (state.slotOf[m]! < 0) tryInsert(m, maxDepth);
  }
}
