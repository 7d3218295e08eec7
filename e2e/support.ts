import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { eq } from 'drizzle-orm';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, type AppHandle } from '../server/app';
import { testConfig } from '../server/config';
import { users } from '../server/db/schema';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SCREENSHOTS = 'test-results';

/**
 * A whole journey's budget, above the suite's default: on a busy shared machine a journey of a
 * dozen pages (each checked with axe) can take over a minute; every step still ends as soon as it can.
 */
export const JOURNEY_TIMEOUT = 180_000;

export interface Journey {
  handle: AppHandle;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (cookies, storage) with console errors collected for the assertions. */
  newPage(options?: { locale?: string }): Promise<Page>;
}

/** Starts the real app (in-memory PGlite with the demo directory) and Chromium once per test file. */
export function useJourney(): Journey {
  let handle: AppHandle | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    handle = await createApp(testConfig({ loadDemoData: true, jobs: { pollMs: 50, enabled: true } }));
    await handle.app.listen({ port: 0, host: '127.0.0.1' });
    const address = handle.app.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await handle?.close();
  });

  return {
    get handle() {
      if (!handle) throw new Error('The app has not started');
      return handle;
    },
    get baseUrl() {
      return baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('The browser has not started');
      return browser;
    },
    async newPage(options = {}) {
      if (!browser) throw new Error('The browser has not started');
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: options.locale ?? 'en-GB',
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      // Generous: shared CI machines can be slow, and every wait ends as soon as its condition holds.
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
      return page;
    },
  };
}

/** Waits until the page shows its heading, i.e. its route loaders finished. */
export async function pageReady(page: Page, heading?: string | RegExp): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) });
  await h1.waitFor();
  await page.locator('.progress--active').waitFor({ state: 'detached' });
}

/**
 * Runs axe on the current page and fails on serious or critical violations, printing them so the
 * failure says what to fix.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Legacy mode runs axe inside the page in one pass; the default opens an extra blank page per
  // check to merge frame results, which doubles the time and buys nothing for an SPA without iframes.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    const report = blocking
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
      )
      .join('\n');
    console.error(`Accessibility violations on ${label} (${page.url()}):\n${report}`);
  }
  expect(
    blocking.map((v) => `${v.id} (${v.nodes.length})`),
    `axe on ${label}`,
  ).toEqual([]);
}

/** Visits a path, waits for the page and checks its accessibility. */
export async function visit(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  await page.goto(path);
  await pageReady(page, heading);
  await expectAccessible(page, path);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/**
 * The path and query of the last link e-mailed to `to` whose path starts with `pathPrefix`. Mail is
 * sent by the job worker, so this polls; the link points at the configured public URL, and the test
 * opens the same path on the test server.
 */
export async function emailedLink(handle: AppHandle, to: string, pathPrefix: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const messages = handle.deps.mailer.captured.filter((m) => m.to === to);
        for (const message of messages.toReversed()) {
          const match = message.text
            .match(/https?:\/\/[^\s]+/g)
            ?.find((url) => new URL(url).pathname.startsWith(pathPrefix));
          if (match) {
            const url = new URL(match);
            link = url.pathname + url.search;
            return link;
          }
        }
        return undefined;
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBeDefined();
  return link ?? '';
}

/** An e-mail address no other test run uses. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

export interface SignedInUser {
  page: Page;
  email: string;
  /** Calls the API as this user (same cookies as the page), for setting the scene quickly. */
  api<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
}

/**
 * Registers, confirms and logs in a user through the API, in a fresh browser profile. Journeys that
 * are about something else start from here instead of clicking through the sign-up again.
 */
export async function signUp(
  journey: Journey,
  displayName: string,
  options: { platformAdmin?: boolean } = {},
): Promise<SignedInUser> {
  const page = await journey.newPage();
  const email = uniqueEmail(displayName.toLowerCase().replace(/[^a-z]/g, ''));
  const password = 'a-long-test-password';
  const registered = await page.request.post('/api/v1/auth/register', {
    data: { email, password, displayName, locale: 'en' },
  });
  expect(registered.status()).toBe(201);
  const link = new URL(await emailedLink(journey.handle, email, '/verify-email'), journey.baseUrl);
  const verified = await page.request.post('/api/v1/auth/verify', {
    data: { token: link.searchParams.get('token') },
  });
  expect(verified.status()).toBe(200);
  if (options.platformAdmin) {
    // Platform administrators are appointed in the database; there is no API for it by design.
    await journey.handle.deps.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.email, email));
  }
  const login = await page.request.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    page,
    email,
    async api<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      const response = await page.request.fetch(`/api/v1${path}`, {
        method,
        headers: { 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { data: body }),
      });
      expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}
