/**
 * Scheduler benchmark: `tsx bench/scheduler/bench.ts`. Runs the scheduler, the greedy baseline and
 * (on instances of at most 30 meetings) the exact MIP on the generated suite, prints one line per
 * instance and a final JSON summary line. `mip_idle` and `idle_vs_mip` (ours / MIP) only cover
 * instances where HiGHS proved optimality; `large_idle_vs_greedy` covers 5 000+ meetings.
 */
import {
  DEFAULT_TIME_LIMIT_MS,
  checkSchedule,
  greedySchedule,
  schedule,
  solveMip,
} from '../../server/algorithms/scheduling';
import { BENCH_CONFIGS, generateInstance } from './generate';

const MIP_MAX_MEETINGS = 30;
const MIP_SECONDS = 20;
/** Instances from this size on count as "large" for the greedy comparison. */
const LARGE = 5000;

const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 1 : null) : Number((a / b).toFixed(4)));

let unscheduled = 0;
let idle = 0;
let greedyIdle = 0;
let mipIdle = 0;
let mipOursIdle = 0;
let mipProved = 0;
let mipTimeLimited = 0;
let fitUnscheduled = 0;
let largeIdle = 0;
let largeGreedyIdle = 0;
let violations = 0;
let maxSeconds = 0;

for (const config of BENCH_CONFIGS) {
  const instance = generateInstance(config);
  const started = performance.now();
  const result = schedule(instance, {
    seed: 1,
    timeLimitMs: DEFAULT_TIME_LIMIT_MS,
    now: () => performance.now(),
  });
  const seconds = (performance.now() - started) / 1000;
  const greedy = greedySchedule(instance);
  const broken = checkSchedule(instance, result);
  violations += broken.length;
  maxSeconds = Math.max(maxSeconds, seconds);
  unscheduled += result.stats.unscheduled;
  idle += result.stats.idle;
  greedyIdle += greedy.stats.idle;
  if (config.schedulable) fitUnscheduled += result.stats.unscheduled;
  if (instance.meetings.length >= LARGE) {
    largeIdle += result.stats.idle;
    largeGreedyIdle += greedy.stats.idle;
  }

  let mipText = 'mip -';
  if (instance.meetings.length <= MIP_MAX_MEETINGS) {
    const mipStarted = performance.now();
    const mip = await solveMip(instance, { timeLimitSeconds: MIP_SECONDS });
    const mipSeconds = (performance.now() - mipStarted) / 1000;
    if (!mip.optimal) mipTimeLimited++;
    if (mip.optimal && mip.schedule) {
      mipProved++;
      mipIdle += mip.schedule.stats.idle;
      mipOursIdle += result.stats.idle;
    }
    const stats = mip.schedule?.stats;
    mipText = `mip ${mip.optimal ? 'optimal' : mip.status} unscheduled=${stats?.unscheduled ?? '-'} idle=${stats?.idle ?? '-'} max=${stats?.maxIdle ?? '-'} ${mipSeconds.toFixed(1)}s`;
  }

  console.log(
    [
      config.name.padEnd(11),
      `participants=${instance.participants.length}`,
      `meetings=${instance.meetings.length}`,
      `unscheduled=${result.stats.unscheduled}`,
      `idle=${result.stats.idle}`,
      `max=${result.stats.maxIdle}`,
      `${seconds.toFixed(2)}s`,
      `| greedy unscheduled=${greedy.stats.unscheduled} idle=${greedy.stats.idle} max=${greedy.stats.maxIdle}`,
      `| ${mipText}`,
      broken.length > 0 ? `| VIOLATIONS ${broken.map((v) => v.message).join('; ')}` : '',
    ].join(' '),
  );
}

console.log(
  JSON.stringify({
    instances: BENCH_CONFIGS.length,
    unscheduled,
    idle,
    greedy_idle: greedyIdle,
    mip_idle: mipIdle,
    max_seconds: Number(maxSeconds.toFixed(2)),
    violations,
    unscheduled_on_schedulable: fitUnscheduled,
    mip_proved_optimal: mipProved,
    mip_time_limited: mipTimeLimited,
    idle_vs_mip: ratio(mipOursIdle, mipIdle),
    large_idle_vs_greedy: ratio(largeIdle, largeGreedyIdle),
    idle_vs_greedy: ratio(idle, greedyIdle),
  }),
);
