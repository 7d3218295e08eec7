import type highsLoader from 'highs';
import { type Model, compile } from './model';
import { toSchedule } from './state';
import type { Instance, Schedule } from './types';

export interface MipOptions {
  /** HiGHS wall-clock limit; the best incumbent is returned when it runs out. */
  readonly timeLimitSeconds?: number;
}

export interface MipResult {
  /** HiGHS model status, e.g. "Optimal" or "Time limit reached". */
  readonly status: string;
  readonly optimal: boolean;
  /** Weighted objective of the incumbent (see `weights`), null when HiGHS found no solution. */
  readonly objective: number | null;
  /** Proven lower bound on the weighted objective, null when HiGHS did not report one. */
  readonly bound: number | null;
  /** Lexicographic weights: objective = -scheduled·meeting + idle·idle + maxIdle. */
  readonly weights: { readonly meeting: number; readonly idle: number };
  readonly schedule: Schedule | null;
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** HiGHS writes its log through emscripten's print hook; the solving report carries the dual bound. */
let logLines: string[] = [];
let solver: Promise<Highs> | null = null;

/** Loaded on first use so that importing the scheduler never pulls in the WebAssembly solver. */
function loadSolver(): Promise<Highs> {
  solver ??= import('highs').then(({ default: load }) =>
    load({ print: (line: string) => logLines.push(line), printErr: (line: string) => logLines.push(line) }),
  );
  return solver;
}

/** Slots the model offers meeting m: its locked slot, or every allowed one. */
function candidateSlots(model: Model, m: number): Int32Array {
  const locked = model.lockedSlot[m]!;
  return locked >= 0 ? Int32Array.of(locked) : model.allowed[m]!;
}

/** LP-format text for the model, with the lexicographic weights chosen to keep priorities strict. */
export function buildLp(model: Model): { lp: string; weights: MipResult['weights'] } {
  const S = model.slots;
  const P = model.participantIds.length;
  // One idle slot must outweigh any change of the worst participant's idle (at most S), and one
  // meeting must outweigh every possible idle and fairness change together.
  const idleWeight = S + 1;
  const meetingWeight = idleWeight * (P * S + 1);
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const x = (m: number, s: number) => `x${m}_${s}`;
  const row = (terms: string[], sense: string) => rows.push(` c${rows.length}: ${wrap(terms)} ${sense}`);

  /** Candidate meetings per participant-slot, i.e. the terms of the "busy" expression y[p,s]. */
  const busyTerms = new Map<number, string[]>();
  const slotTerms: string[][] = Array.from({ length: S }, () => []);
  model.parts.forEach((parts, m) => {
    const locked = model.lockedSlot[m]!;
    const candidates = candidateSlots(model, m);
    for (const s of candidates) {
      binaries.push(x(m, s));
      objective.push(`- ${meetingWeight} ${x(m, s)}`);
      slotTerms[s]!.push(x(m, s));
      for (const p of parts) {
        const key = p * S + s;
        const list = busyTerms.get(key) ?? [];
        list.push(x(m, s));
        busyTerms.set(key, list);
      }
    }
    if (locked >= 0) bounds.push(` ${x(m, locked)} = 1`);
    else if (candidates.length > 1)
      row(
        Array.from(candidates, (s) => x(m, s)),
        '<= 1',
      );
  });
  for (const terms of busyTerms.values()) if (terms.length > 1) row(terms, '<= 1');
  slotTerms.forEach((terms) => {
    if (terms.length > model.tables) row(terms, `<= ${model.tables}`);
  });

  // Idle slots: f[p,s] = "has met by s", l[p,s] = "meets at s or later"; a free, available slot
  // with both set lies strictly between the first and last meeting. The markers could be
  // continuous, but as binaries HiGHS branches on them and proves optimality far sooner.
  let hasIdle = false;
  for (let p = 0; p < P; p++) {
    const idleVars: string[] = [];
    model.sessionStart.forEach((start, k) => {
      const end = model.sessionEnd[k]!;
      const busy = (s: number) => busyTerms.get(p * S + s) ?? [];
      let candidates = 0;
      for (let s = start; s <= end; s++) candidates += busy(s).length;
      if (candidates < 2 || end - start < 2) return;
      for (let s = start; s <= end; s++) {
        const [f, l] = [`f${p}_${s}`, `l${p}_${s}`];
        binaries.push(f, l);
        row([f, ...busy(s).map((v) => `- ${v}`)], '>= 0');
        row([l, ...busy(s).map((v) => `- ${v}`)], '>= 0');
        if (s > start) row([f, `- f${p}_${s - 1}`], '>= 0');
        if (s < end) row([l, `- l${p}_${s + 1}`], '>= 0');
        if (s > start && s < end && !model.unavailable[p * S + s]) {
          const idle = `i${p}_${s}`;
          idleVars.push(idle);
          objective.push(`+ ${idleWeight} ${idle}`);
          row([idle, `- ${f}`, `- ${l}`, ...busy(s).map((v) => `+ ${v}`)], '>= -1');
        }
      }
    });
    if (idleVars.length > 0) {
      hasIdle = true;
      row(['z', ...idleVars.map((v) => `- ${v}`)], '>= 0');
    }
  }
  if (hasIdle) objective.push('+ z');
  if (objective.length === 0) objective.push('0 x_none');

  const sections = [
    'Minimize',
    ` obj: ${wrap(objective)}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' c0: 0 x_none >= 0']),
  ];
  if (bounds.length > 0) sections.push('Bounds', ...bounds);
  if (binaries.length > 0) sections.push('Binaries', wrap(binaries, ' '));
  sections.push('End');
  return { lp: sections.join('\n'), weights: { meeting: meetingWeight, idle: idleWeight } };
}

/** Long rows are split over lines: LP readers may not accept arbitrarily long lines. */
function wrap(terms: readonly string[], join = ' '): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 12) lines.push(terms.slice(i, i + 12).join(join));
  return lines.join('\n   ');
}

function parseDualBound(lines: readonly string[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = /^\s*Dual bound\s+(\S+)/.exec(lines[i]!);
    if (match) {
      const value = Number(match[1]);
      return Number.isFinite(value) ? value : null;
    }
  }
  return null;
}

/**
 * Exact model solved with HiGHS: binary x[m,s] per meeting and allowed slot, one meeting per
 * participant and slot, table capacity, idle slots via first/last markers per participant-session.
 * Only meant for small instances (tens of meetings): the model grows with participants × slots.
 */
export async function solveMip(instance: Instance, options: MipOptions = {}): Promise<MipResult> {
  const model = compile(instance);
  const { lp, weights } = buildLp(model);
  const highs = await loadSolver();
  logLines = [];
  const result = highs.solve(lp, {
    time_limit: options.timeLimitSeconds ?? 20,
    mip_rel_gap: 0,
    // All weights are integers, so any gap below 1 already proves the incumbent optimal.
    mip_abs_gap: 0.99,
    output_flag: true,
    log_to_console: true,
    threads: 1,
  });
  const status = String(result.Status);
  const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
  const slots = new Int32Array(model.meetingIds.length).fill(-1);
  let found = false;
  model.meetingIds.forEach((_, m) => {
    for (const s of candidateSlots(model, m)) {
      const value = columns[`x${m}_${s}`]?.Primal;
      if (value !== undefined) found = true;
      if (value !== undefined && value > 0.5) slots[m] = s;
    }
  });
  const optimal = status === 'Optimal';
  const objective = found || optimal ? result.ObjectiveValue : null;
  return {
    status,
    optimal,
    objective,
    bound: optimal ? objective : parseDualBound(logLines),
    weights,
    schedule: found || optimal ? toSchedule(model, slots) : null,
  };
}
