import { type Rng, createRng, randomInt } from '../../server/algorithms/scheduling/rng';
import type { Instance, Meeting, Participant, Session } from '../../server/algorithms/scheduling/types';

export interface GeneratorConfig {
  readonly name: string;
  readonly seed: number;
  readonly participants: number;
  readonly meetings: number;
  readonly sessions: number;
  readonly slotsPerSession: number;
  readonly tables: number;
  /** Share of participants with partial availability (late arrival, early leave, a blocked slot). */
  readonly partialAvailability: number;
  /** Share of meetings that bring a third party (a colleague or a second end user). */
  readonly threeParty: number;
  /**
   * Plant a complete schedule while drawing meetings and only block slots the plant leaves free, so
   * the instance is provably fully schedulable.
   */
  readonly schedulable: boolean;
}

/**
 * Request targets follow a Zipf-like popularity: a handful of large end users receive a big share
 * of the requests, as at real brokerage events, while most SMEs only receive a few.
 */
function popularityTable(rng: Rng, n: number): Float64Array {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, 0.9));
  const ranks = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let p = 0; p < n; p++) {
    total += weights[ranks[p]!]!;
    cumulative[p] = total;
  }
  return cumulative.map((c) => c / total);
}

function drawWeighted(rng: Rng, cumulative: Float64Array): number {
  const x = rng();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function generateInstance(config: GeneratorConfig): Instance {
  const rng = createRng(config.seed);
  const L = config.slotsPerSession;
  const slots = config.sessions * L;
  const sessions: Session[] = Array.from(
    { length: config.sessions },
    (_, k) => [k * L, k * L + L - 1] as const,
  );
  const n = config.participants;
  const blocked = Array.from({ length: n }, () => new Set<number>());
  for (let p = 0; p < n; p++) {
    if (rng() >= config.partialAvailability) continue;
    const kind = rng();
    if (kind < 0.4) {
      const k = randomInt(rng, config.sessions);
      const late = 1 + randomInt(rng, Math.max(1, L >> 1));
      for (let s = k * L; s < k * L + late; s++) blocked[p]!.add(s);
    } else if (kind < 0.7) {
      const k = randomInt(rng, config.sessions);
      const early = 1 + randomInt(rng, Math.max(1, L >> 1));
      for (let s = k * L + L - early; s < k * L + L; s++) blocked[p]!.add(s);
    } else {
      blocked[p]!.add(randomInt(rng, slots));
    }
  }

  const popularity = popularityTable(rng, n);
  // Participants stop accepting requests at 85% of their open slots, like a booking cap would.
  const capacity = blocked.map((b) => Math.floor((slots - b.size) * 0.85));
  const degree = new Int32Array(n);
  const busy = new Uint8Array(n * slots);
  const load = new Int32Array(slots);
  const meetings: Meeting[] = [];
  const pairs = new Set<string>();

  const plant = (group: number[]): boolean => {
    const open: number[] = [];
    for (let s = 0; s < slots; s++) {
      if (load[s]! < config.tables && group.every((p) => !busy[p * slots + s] && !blocked[p]!.has(s)))
        open.push(s);
    }
    if (open.length === 0) return false;
    const s = open[randomInt(rng, open.length)]!;
    load[s]!++;
    for (const p of group) busy[p * slots + s] = 1;
    return true;
  };

  for (let attempts = 0; meetings.length < config.meetings && attempts < config.meetings * 50; attempts++) {
    const requester = randomInt(rng, n);
    const target = drawWeighted(rng, popularity);
    const group = [requester, target];
    if (rng() < config.threeParty)
      group.push(rng() < 0.5 ? randomInt(rng, n) : drawWeighted(rng, popularity));
    if (new Set(group).size !== group.length || group.some((p) => degree[p]! >= capacity[p]!)) continue;
    const key = [...group].sort((a, b) => a - b).join('-');
    if (pairs.has(key)) continue;
    if (config.schedulable && !plant(group)) continue;
    pairs.add(key);
    for (const p of group) degree[p]!++;
    meetings.push({ id: `m${meetings.length}`, participants: group.map((p) => `p${p}`) });
  }

  const participants: Participant[] = blocked.map((b, p) => {
    // A planted schedule may not survive a random blocked slot, so planted instances drop those.
    const unavailable = [...b]
      .filter((s) => !config.schedulable || !busy[p * slots + s])
      .sort((x, y) => x - y);
    return unavailable.length > 0 ? { id: `p${p}`, unavailable } : { id: `p${p}` };
  });
  return { slots, sessions, tables: config.tables, participants, meetings };
}

/**
 * The benchmark suite: four MIP-sized events (one with a planted complete schedule), then growing
 * ones up to 2 000 participants / 10 000 meetings. The `fit-*` instances are fully schedulable.
 */
export const BENCH_CONFIGS: readonly GeneratorConfig[] = [
  {
    name: 'mip-12',
    seed: 3,
    participants: 12,
    meetings: 18,
    sessions: 1,
    slotsPerSession: 6,
    tables: 3,
    partialAvailability: 0.4,
    threeParty: 0.15,
    schedulable: false,
  },
  {
    name: 'mip-fit-12',
    seed: 2,
    participants: 12,
    meetings: 18,
    sessions: 1,
    slotsPerSession: 6,
    tables: 3,
    partialAvailability: 0.4,
    threeParty: 0.15,
    schedulable: true,
  },
  {
    name: 'mip-16',
    seed: 3,
    participants: 16,
    meetings: 24,
    sessions: 1,
    slotsPerSession: 8,
    tables: 3,
    partialAvailability: 0.4,
    threeParty: 0.15,
    schedulable: false,
  },
  {
    name: 'mip-20',
    seed: 3,
    participants: 20,
    meetings: 30,
    sessions: 1,
    slotsPerSession: 8,
    tables: 4,
    partialAvailability: 0.4,
    threeParty: 0.15,
    schedulable: false,
  },
  {
    name: 'medium-200',
    seed: 14,
    participants: 200,
    meetings: 1000,
    sessions: 2,
    slotsPerSession: 8,
    tables: 70,
    partialAvailability: 0.3,
    threeParty: 0.1,
    schedulable: false,
  },
  {
    name: 'fit-500',
    seed: 15,
    participants: 500,
    meetings: 2500,
    sessions: 2,
    slotsPerSession: 8,
    tables: 165,
    partialAvailability: 0.3,
    threeParty: 0.1,
    schedulable: true,
  },
  {
    name: 'large-1000',
    seed: 16,
    participants: 1000,
    meetings: 5000,
    sessions: 2,
    slotsPerSession: 9,
    tables: 300,
    partialAvailability: 0.3,
    threeParty: 0.1,
    schedulable: false,
  },
  {
    name: 'fit-2000',
    seed: 17,
    participants: 2000,
    meetings: 10000,
    sessions: 2,
    slotsPerSession: 8,
    tables: 660,
    partialAvailability: 0.3,
    threeParty: 0.1,
    schedulable: true,
  },
  {
    name: 'large-2000',
    seed: 18,
    participants: 2000,
    meetings: 10000,
    sessions: 3,
    slotsPerSession: 6,
    tables: 600,
    partialAvailability: 0.3,
    threeParty: 0.1,
    schedulable: false,
  },
];
