import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queryRows, sql } from '../db/client';
import { createTestDatabase, type TestDatabase } from '../test/test-db';
import { JobQueue } from './queue';

let testDb: TestDatabase;
let now = new Date('2026-03-01T09:00:00Z');
const clock = { now: () => now };
const handled: string[] = [];
let failuresLeft = 0;

function queue(): JobQueue {
  const q = new JobQueue(testDb.database.db, clock);
  q.define({
    name: 'note',
    payload: z.object({ text: z.string() }),
    async handle({ text }) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('SMTP is down');
      }
      handled.push(text);
    },
  });
  return q;
}

const statusOf = async (text: string) =>
  (await queryRows<{ status: string; attempts: number }>(testDb.database.db, sql`select status, attempts from jobs where payload->>'text' = ${text}`))[0];

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => testDb.drop());

describe('durable job queue', () => {
  it('sends nothing when the enqueuing transaction rolls back', async () => {
    const q = queue();
    await expect(
      testDb.database.db.transaction(async (tx) => {
        await q.enqueue(tx, 'note', { text: 'rolled back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await q.drain();
    expect(handled).not.toContain('rolled back');
    expect(await statusOf('rolled back')).toBeUndefined();
  });

  it('survives a restart: a job enqueued by one process runs in the next', async () => {
    await queue().enqueue(testDb.database.db, 'note', { text: 'after restart' });
    // The first queue object is dropped without running anything: a new process picks the job up.
    await queue().drain();
    expect(handled).toContain('after restart');
    expect(await statusOf('after restart')).toEqual({ status: 'done', attempts: 1 });
  });

  it('runs a job with the same dedupe key once', async () => {
    const q = queue();
    await q.enqueue(testDb.database.db, 'note', { text: 'deduped' }, { dedupeKey: 'once' });
    await q.enqueue(testDb.database.db, 'note', { text: 'deduped' }, { dedupeKey: 'once' });
    await q.drain();
    expect(handled.filter((h) => h === 'deduped')).toHaveLength(1);
  });

  it('waits for run_at', async () => {
    const q = queue();
    await q.enqueue(testDb.database.db, 'note', { text: 'later' }, { runAt: new Date(now.getTime() + 3_600_000) });
    await q.drain();
    expect(handled).not.toContain('later');
    now = new Date(now.getTime() + 3_600_001);
    await q.drain();
    expect(handled).toContain('later');
  });

  it('retries with backoff after a failure, then succeeds', async () => {
    const q = queue();
    failuresLeft = 1;
    await q.enqueue(testDb.database.db, 'note', { text: 'flaky' });
    await q.drain();
    expect(await statusOf('flaky')).toEqual({ status: 'queued', attempts: 1 });
    now = new Date(now.getTime() + 31_000);
    await q.drain();
    expect(await statusOf('flaky')).toEqual({ status: 'done', attempts: 2 });
  });

  it('marks a job failed after its last attempt', async () => {
    const q = queue();
    failuresLeft = 2;
    await q.enqueue(testDb.database.db, 'note', { text: 'doomed' }, { maxAttempts: 2 });
    await q.drain();
    now = new Date(now.getTime() + 31_000);
    await q.drain();
    expect(await statusOf('doomed')).toEqual({ status: 'failed', attempts: 2 });
  });

  it('takes over a job whose worker died holding the lease', async () => {
    const q = queue();
    await q.enqueue(testDb.database.db, 'note', { text: 'orphan' });
    // Simulate a worker that claimed the job and crashed.
    await testDb.database.db.execute(
      sql`update jobs set status = 'running', attempts = 1, locked_until = ${new Date(now.getTime() + 300_000).toISOString()}::timestamptz where payload->>'text' = 'orphan'`,
    );
    await q.drain();
    expect(handled).not.toContain('orphan');
    now = new Date(now.getTime() + 301_000);
    await q.drain();
    expect(handled).toContain('orphan');
  });

  it('rejects a payload that does not match the job schema', async () => {
    await expect(queue().enqueue(testDb.database.db, 'note', { text: 42 })).rejects.toThrow();
  });
});
