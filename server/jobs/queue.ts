import type { z } from 'zod';
import { jobs } from '../db/schema';
import { queryRows, sql, type Db, type DbOrTx } from '../db/client';
import type { Clock } from '../lib/clock';

export interface JobDefinition<P> {
  name: string;
  payload: z.ZodType<P>;
  handle(payload: P): Promise<void>;
}

export interface EnqueueOptions {
  runAt?: Date;
  /** Enqueuing the same key twice is a no-op: at-least-once producers stay idempotent. */
  dedupeKey?: string;
  maxAttempts?: number;
}

interface ClaimedJob extends Record<string, unknown> {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

const LEASE_SECONDS = 300;

/**
 * Durable jobs in PostgreSQL. Enqueue inside the caller's transaction so a rolled-back write sends
 * nothing; workers in any app process claim due jobs with SKIP LOCKED, and a crashed worker's lease
 * expires so another picks the job up (at-least-once).
 */
export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  define<P>(definition: JobDefinition<P>): void {
    this.definitions.set(definition.name, definition as JobDefinition<unknown>);
  }

  async enqueue<P>(tx: DbOrTx, name: string, payload: P, options: EnqueueOptions = {}): Promise<void> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`No job named ${name}`);
    definition.payload.parse(payload);
    await tx
      .insert(jobs)
      .values({
        name,
        payload,
        runAt: options.runAt ?? this.clock.now(),
        dedupeKey: options.dedupeKey ?? null,
        maxAttempts: options.maxAttempts ?? 5,
      })
      .onConflictDoNothing({ target: jobs.dedupeKey });
  }

  /** Claims and runs the jobs due now; returns how many ran. */
  async runDue(limit = 20): Promise<number> {
    const now = this.clock.now().toISOString();
    const claimed = await queryRows<ClaimedJob>(
      this.db,
      sql`update jobs set status = 'running', attempts = attempts + 1,
            locked_until = ${now}::timestamptz + make_interval(secs => ${LEASE_SECONDS})
          where id in (
            select id from jobs
            where (status = 'queued' and run_at <= ${now}::timestamptz)
               or (status = 'running' and locked_until < ${now}::timestamptz)
            order by run_at
            limit ${limit}
            for update skip locked)
          returning id, name, payload, attempts, max_attempts`,
    );
    for (const job of claimed) await this.runOne(job);
    return claimed.length;
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const definition = this.definitions.get(job.name);
    try {
      if (!definition) throw new Error(`No handler for job ${job.name}`);
      await definition.handle(definition.payload.parse(job.payload));
      await this.db.execute(
        sql`update jobs set status = 'done', finished_at = ${this.clock.now().toISOString()}::timestamptz,
              locked_until = null where id = ${job.id}`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = job.attempts >= job.max_attempts;
      // Exponential backoff: 30 s, 1 min, 2 min, … so a flaky SMTP server is not hammered.
      const retryAt = new Date(this.clock.now().getTime() + 30_000 * 2 ** (job.attempts - 1));
      await this.db.execute(
        sql`update jobs set status = ${failed ? 'failed' : 'queued'}, last_error = ${message.slice(0, 2000)},
              run_at = ${retryAt.toISOString()}::timestamptz, locked_until = null,
              finished_at = ${failed ? this.clock.now().toISOString() : null}::timestamptz
            where id = ${job.id}`,
      );
    }
  }

  /** Runs jobs until none is due (tests and one-off scripts). */
  async drain(maxRounds = 50): Promise<void> {
    for (let i = 0; i < maxRounds; i++) if ((await this.runDue()) === 0) return;
  }

  /** The poll timer only wakes the worker; what must happen is stored in the jobs table. */
  start(pollMs: number, onError: (e: unknown) => void): void {
    if (this.timer) return;
    const tick = () => {
      if (this.running) return;
      this.running = this.drain(5)
        .catch(onError)
        .finally(() => (this.running = null));
    };
    this.timer = setInterval(tick, pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
