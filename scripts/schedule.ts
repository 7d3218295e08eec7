/**
 * B2B meeting scheduler CLI:
 * `tsx scripts/schedule.ts --in instance.json --out schedule.json [--time-limit S] [--seed N]`.
 * Exits 2 with a message on stderr when the arguments or the instance are invalid.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_TIME_LIMIT_MS, schedule } from '../server/algorithms/scheduling';

const slot = z.number().int().nonnegative();
const instanceSchema = z
  .object({
    slots: z.number().int().positive(),
    sessions: z.array(z.tuple([slot, slot])),
    tables: z.number().int().positive(),
    participants: z.array(
      z.object({ id: z.string().min(1), unavailable: z.array(slot).optional() }).strict(),
    ),
    meetings: z.array(
      z.object({ id: z.string().min(1), participants: z.array(z.string().min(1)).min(2) }).strict(),
    ),
    locked: z
      .array(z.object({ meeting: z.string().min(1), slot, table: z.number().int().nonnegative() }).strict())
      .optional(),
  })
  .strict();

class UsageError extends Error {}

function readOptions() {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      'time-limit': { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  if (!values.in || !values.out)
    throw new UsageError(
      'usage: schedule --in instance.json --out schedule.json [--time-limit S] [--seed N]',
    );
  const timeLimit = Number(values['time-limit'] ?? DEFAULT_TIME_LIMIT_MS / 1000);
  if (!Number.isFinite(timeLimit) || timeLimit <= 0)
    throw new UsageError(`--time-limit must be a positive number of seconds, got ${values['time-limit']}`);
  const seed = Number(values.seed ?? 1);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be an integer, got ${values.seed}`);
  return { input: values.in, output: values.out, timeLimit, seed };
}

function readInstance(path: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = instanceSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new UsageError(`invalid instance ${path}:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

try {
  const options = readOptions();
  const instance = readInstance(options.input);
  const result = schedule(instance, {
    seed: options.seed,
    timeLimitMs: options.timeLimit * 1000,
    now: () => performance.now(),
  });
  writeFileSync(
    options.output,
    `${JSON.stringify({ assignments: result.assignments, unscheduled: result.unscheduled }, null, 2)}\n`,
  );
  const { scheduled, unscheduled, idle, maxIdle } = result.stats;
  console.error(
    `scheduled ${scheduled}, unscheduled ${unscheduled}, idle ${idle}, worst participant idle ${maxIdle}`,
  );
} catch (error) {
  if (
    error instanceof UsageError ||
    error instanceof RangeError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`schedule: ${(error as Error).message}`);
    process.exit(2);
  }
  throw error;
}
