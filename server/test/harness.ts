import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { testConfig, type Config } from '../config';
import { createApp, type AppHandle } from '../app';
import { users } from '../db/schema';
import type { Clock } from '../lib/clock';
import { createTestDatabase, type TestDatabase } from './test-db';

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** Talks to the app like a browser: keeps the session cookie and sends the CSRF header. */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;

  constructor(private readonly handle: AppHandle) {}

  async request<T = any>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<Response<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await this.handle.app.inject({
      method,
      url,
      headers,
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
    const setCookie = res.cookies.find((c) => c.name === 'lp_session');
    if (setCookie) this.cookie = setCookie.value ? `lp_session=${setCookie.value}` : null;
    const parsed =
      res.body && res.headers['content-type']?.toString().includes('json') ? JSON.parse(res.body) : res.body;
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed)
      this.csrf = parsed.csrfToken as string | null;
    return { status: res.statusCode, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body: unknown = {}) => this.request<T>('POST', url, body);
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  delete = <T = any>(url: string) => this.request<T>('DELETE', url);
}

export type SignedUpClient = TestClient & { email: string; userId: string; name: string };

/**
 * Registers and logs in a user whose address is marked confirmed directly (e-mail confirmation is the
 * auth suite's subject), for suites that own their app and clock.
 */
export async function signUpConfirmed(
  app: AppHandle,
  options: {
    name?: string;
    emailPrefix?: string;
    platformAdmin?: boolean;
    locale?: 'en' | 'fr';
    confirmedAt?: Date;
  } = {},
): Promise<SignedUpClient> {
  const client = new TestClient(app);
  const email = `${options.emailPrefix ?? 'user'}-${randomUUID().slice(0, 8)}@example.eu`;
  const name = options.name ?? email.split('@')[0]!;
  const password = 'correct horse battery staple';
  const registered = await client.post('/api/v1/auth/register', { email, password, displayName: name });
  if (registered.status !== 201) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
  await app.deps.db
    .update(users)
    .set({
      emailVerifiedAt: options.confirmedAt ?? new Date(),
      isPlatformAdmin: options.platformAdmin ?? false,
      locale: options.locale ?? 'en',
    })
    .where(sql`${users.email} = ${email}`);
  const login = await client.post('/api/v1/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return Object.assign(client, { email, name, userId: login.body.user.id as string });
}

export interface TestApp {
  handle: AppHandle;
  anonymous(): TestClient;
  /** Registers, verifies through the e-mailed link and logs in a new user. */
  user(options?: {
    platformAdmin?: boolean;
    name?: string;
  }): Promise<TestClient & { userId: string; email: string }>;
  /** The last e-mailed link to `email` whose path starts with `path`. */
  lastLink(email: string, path: string): Promise<string>;
}

/** One app and one database per test file, created and dropped by the suite. */
export function useTestApp(overrides: Partial<Config> = {}, options: { clock?: Clock } = {}): TestApp {
  let testDb: TestDatabase;
  let handle: AppHandle | undefined;
  const ctx: TestApp = {
    get handle() {
      if (!handle) throw new Error('Test app not started');
      return handle;
    },
    anonymous: () => new TestClient(ctx.handle),
    async lastLink(email, path) {
      await ctx.handle.deps.jobs.drain();
      const mails = ctx.handle.deps.mailer.captured.filter((m) => m.to === email);
      const pattern = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`);
      for (let i = mails.length - 1; i >= 0; i--) {
        const match = mails[i]!.text.match(pattern);
        if (match) return match[0];
      }
      throw new Error(`No e-mail to ${email} with a ${path} link`);
    },
    async user(options = {}) {
      const client = new TestClient(ctx.handle);
      const email = `user-${randomUUID().slice(0, 8)}@example.eu`;
      const password = 'correct horse battery staple';
      const reg = await client.post('/api/v1/auth/register', {
        email,
        password,
        displayName: options.name ?? email.split('@')[0],
      });
      if (reg.status !== 201) throw new Error(`register failed: ${JSON.stringify(reg.body)}`);
      const link = await ctx.lastLink(email, '/verify-email');
      const token = new URL(link).searchParams.get('token');
      const verified = await client.post('/api/v1/auth/verify', { token });
      if (verified.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verified.body)}`);
      if (options.platformAdmin) {
        await ctx.handle.deps.db
          .update(users)
          .set({ isPlatformAdmin: true })
          .where(sql`${users.email} = ${email}`);
      }
      const login = await client.post('/api/v1/auth/login', { email, password });
      if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
      return Object.assign(client, { userId: login.body.user.id as string, email });
    },
  };
  beforeAll(async () => {
    testDb = await createTestDatabase();
    handle = await createApp(testConfig(overrides), {
      database: testDb.database,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });
  return ctx;
}
