import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from './db/seed/demo';
import { useTestApp, type TestClient } from './test/harness';

/**
 * Every operation of the OpenAPI document, called with bad input (unknown ids, ids that are not
 * ids, empty and mistyped bodies, oversized strings), anonymously and logged in: the answer is a
 * 4xx with the error shape, never a 500. Logging out is left out so the session stays usable.
 */
const t = useTestApp();
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Operation {
  method: Method;
  path: string;
}
let operations: Operation[] = [];
const SKIPPED = new Set(['POST /api/v1/auth/logout']);

beforeAll(async () => {
  await seedDemoData(t.handle.deps);
  const doc = (await t.anonymous().get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .map((m) => ({ method: m.toUpperCase() as Method, path }))
      .filter((o) => !SKIPPED.has(`${o.method} ${o.path}`)),
  );
});

const BAD_IDS = ['not-an-id', randomUUID(), "x' or 1=1 --", '%00', 'a'.repeat(300)];
const BAD_BODIES: unknown[] = [
  {},
  { name: 42, title: ['x'], email: 'nope', to: 'x', id: {}, limit: -1 },
  { title: 'x'.repeat(20_000), description: 'y'.repeat(20_000), startsAt: 'yesterday', organisationId: 'x' },
  [],
];

function hasErrorShape(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' && Array.isArray(error.details);
}

async function probe(client: TestClient, op: Operation) {
  const failures: string[] = [];
  for (const id of BAD_IDS) {
    const url = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
    const queries = op.method === 'GET' ? ['', '?limit=-5&after=garbage&sort=nope&q=%FF'] : [''];
    const bodies = op.method === 'GET' || op.method === 'DELETE' ? [undefined] : BAD_BODIES;
    for (const query of queries)
      for (const body of bodies) {
        const res = await client.request(op.method, url + query, body);
        if (res.status >= 500)
          failures.push(`${op.method} ${url + query} ${JSON.stringify(body)?.slice(0, 80)} → ${res.status}`);
        else if (res.status >= 400 && !hasErrorShape(res.body))
          failures.push(
            `${op.method} ${url + query} → ${res.status} without { error: { code, message, details } }`,
          );
      }
  }
  return failures;
}

describe('bad input on every API operation', () => {
  it('answers 4xx with an error object, never 500, anonymously and logged in', async () => {
    expect(operations.length).toBeGreaterThan(100);
    const anonymous = t.anonymous();
    const user = await t.user();
    const failures: string[] = [];
    for (const op of operations) {
      failures.push(...(await probe(anonymous, op)), ...(await probe(user, op)));
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
