import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import { queryRows, sql } from '../../db/client';
import { notificationsDigestJob } from '../../jobs/notifications.job';
import type { NotificationMail } from '../../mail/notification-templates';
import { TestClient, signUpConfirmed } from '../../test/harness';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { notify, type NotificationInput } from './notify';

// Digests run at 07:00 UTC (weekly ones on Mondays): the suite owns the clock and starts on a Monday
// just before the first runs.
const MONDAY = '2031-03-10';
let now = new Date(`${MONDAY}T06:00:00Z`);
const clock = { now: () => new Date(now) };

let testDb: TestDatabase;
let handle: AppHandle;

type User = TestClient & { email: string; userId: string };

const signUp = (options: { locale?: 'en' | 'fr'; app?: AppHandle } = {}): Promise<User> =>
  signUpConfirmed(options.app ?? handle, {
    emailPrefix: 'notified',
    name: 'Reader',
    locale: options.locale ?? 'en',
    confirmedAt: clock.now(),
  });

const input = (
  userId: string,
  n: number,
  kind = 'partner_request.interest',
  dedupeKey?: string,
): NotificationInput => ({
  userId,
  kind,
  title: { en: `Interest number ${n}`, fr: `Intérêt numéro ${n}` },
  body: { en: `Body ${n} <b>not html</b>`, fr: `Corps ${n}` },
  link: `/partner-requests/${n}`,
  ...(dedupeKey ? { dedupeKey } : {}),
});

async function send(app: AppHandle, inputs: NotificationInput[]) {
  await app.deps.db.transaction((tx) => notify(app.deps, tx, inputs));
}

/** Notification e-mails only (they carry unsubscribe headers), not the sign-up confirmation. */
const mailsTo = (app: AppHandle, email: string) =>
  (app.deps.mailer.captured as NotificationMail[]).filter((m) => m.to === email && m.headers !== undefined);

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database, clock });
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('notify() and the notifications API', () => {
  it('answers 401 to anonymous requests', async () => {
    const anonymous = new TestClient(handle);
    for (const res of [
      await anonymous.get('/api/v1/notifications'),
      await anonymous.get('/api/v1/notifications/unread-count'),
      await anonymous.post('/api/v1/notifications/read-all'),
      await anonymous.get('/api/v1/notifications/preferences'),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('stores a notification and e-mails it at once by default, in the reader’s language, with unsubscribe links', async () => {
    const reader = await signUp({ locale: 'fr' });
    await send(handle, [input(reader.userId, 1)]);
    await handle.deps.jobs.drain();

    const list = await reader.get('/api/v1/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unreadCount).toBe(1);
    expect(list.body.items).toMatchObject([
      {
        kind: 'partner_request.interest',
        title: { en: 'Interest number 1', fr: 'Intérêt numéro 1' },
        link: '/partner-requests/1',
        read: false,
      },
    ]);
    expect((await reader.get('/api/v1/notifications/unread-count')).body).toEqual({ unread: 1 });

    const mails = mailsTo(handle, reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Lightpath : Intérêt numéro 1');
    expect(mails[0]!.text).toContain('http://localhost:3000/partner-requests/1');
    expect(mails[0]!.text).toMatch(/\/unsubscribe\?token=/);
    expect(mails[0]!.headers['List-Unsubscribe']).toMatch(
      /^<http:\/\/localhost:3000\/api\/v1\/notifications\/unsubscribe\?token=.+>$/,
    );
    expect(mails[0]!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('escapes user text in the HTML part of e-mails', async () => {
    const reader = await signUp();
    await send(handle, [input(reader.userId, 2)]);
    await handle.deps.jobs.drain();
    const [mail] = mailsTo(handle, reader.email);
    expect(mail!.html).toContain('&lt;b&gt;not html&lt;/b&gt;');
    expect(mail!.html).not.toContain('<b>not html</b>');
  });

  it('stores the same dedupe key once per user, e-mail included', async () => {
    const reader = await signUp();
    await send(handle, [input(reader.userId, 3, 'partner_request.expiring', 'reminder:3')]);
    await send(handle, [
      input(reader.userId, 3, 'partner_request.expiring', 'reminder:3'),
      input(reader.userId, 4, 'partner_request.expiring', 'reminder:3'),
    ]);
    await handle.deps.jobs.drain();
    expect((await reader.get('/api/v1/notifications')).body.items).toHaveLength(1);
    expect(mailsTo(handle, reader.email)).toHaveLength(1);
  });

  it('stores nothing and sends nothing when the caller’s transaction rolls back', async () => {
    const reader = await signUp();
    await expect(
      handle.deps.db.transaction(async (tx) => {
        await notify(handle.deps, tx, [input(reader.userId, 5)]);
        throw new Error('the feature’s write failed');
      }),
    ).rejects.toThrow('write failed');
    await handle.deps.jobs.drain();
    expect((await reader.get('/api/v1/notifications')).body.items).toEqual([]);
    expect(mailsTo(handle, reader.email)).toEqual([]);
  });

  it('marks one and then all notifications read, and hides other users’ notifications', async () => {
    const reader = await signUp();
    const other = await signUp();
    await send(handle, [input(reader.userId, 6), input(reader.userId, 7), input(reader.userId, 8)]);
    const { items } = (await reader.get('/api/v1/notifications')).body as {
      items: { id: string; read: boolean }[];
    };
    expect(items).toHaveLength(3);
    expect((await other.post(`/api/v1/notifications/${items[0]!.id}/read`)).status).toBe(404);
    expect((await reader.post(`/api/v1/notifications/${items[0]!.id}/read`)).body).toEqual({ ok: true });
    expect((await reader.get('/api/v1/notifications/unread-count')).body).toEqual({ unread: 2 });
    expect((await reader.get('/api/v1/notifications?unread=true')).body.items).toHaveLength(2);
    expect((await reader.post('/api/v1/notifications/read-all')).body).toEqual({ ok: true });
    expect((await reader.get('/api/v1/notifications/unread-count')).body).toEqual({ unread: 0 });
  });

  it('pages through notifications with `before`', async () => {
    const reader = await signUp();
    for (let i = 0; i < 3; i++) {
      now = new Date(now.getTime() + 1000);
      await send(handle, [input(reader.userId, 10 + i)]);
    }
    const first = await reader.get('/api/v1/notifications?limit=2');
    expect(first.body.items.map((n: { link: string }) => n.link)).toEqual([
      '/partner-requests/12',
      '/partner-requests/11',
    ]);
    const second = await reader.get(
      `/api/v1/notifications?limit=2&before=${encodeURIComponent(first.body.nextBefore)}`,
    );
    expect(second.body.items.map((n: { link: string }) => n.link)).toEqual(['/partner-requests/10']);
    expect(second.body.nextBefore).toBeNull();
  });

  it('keeps preferences per user and per category, and follows them: off → in-app only, digest → no immediate e-mail', async () => {
    const reader = await signUp();
    expect((await reader.get('/api/v1/notifications/preferences')).body).toEqual({
      frequency: 'immediate',
      overrides: {},
    });
    const bad = await reader.request('PUT', '/api/v1/notifications/preferences', {
      frequency: 'hourly',
      overrides: { 'Not A Category': 'off' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'frequency',
      'overrides.Not A Category',
    ]);

    const put = await reader.request('PUT', '/api/v1/notifications/preferences', {
      frequency: 'daily',
      overrides: { message: 'off', event: 'daily' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ frequency: 'daily', overrides: { message: 'off' } });
    expect((await reader.get('/api/v1/notifications/preferences')).body).toEqual({
      frequency: 'daily',
      overrides: { message: 'off' },
    });

    await send(handle, [
      input(reader.userId, 20, 'message.new'),
      input(reader.userId, 21, 'partner_request.interest'),
    ]);
    await handle.deps.jobs.drain();
    expect((await reader.get('/api/v1/notifications')).body.items).toHaveLength(2);
    expect(mailsTo(handle, reader.email)).toEqual([]);
    const states = await queryRows<{ link: string; email_state: string }>(
      handle.deps.db,
      sql`select link, email_state from notifications where user_id = ${reader.userId} order by link`,
    );
    expect(states).toEqual([
      { link: '/partner-requests/20', email_state: 'none' },
      { link: '/partner-requests/21', email_state: 'digest' },
    ]);

    const patched = await reader.patch('/api/v1/notifications/preferences', { frequency: 'immediate' });
    expect(patched.body).toEqual({ frequency: 'immediate', overrides: {} });
  });

  it('unsubscribes logged out with the e-mailed link, for one category or everything, and refuses a forged token', async () => {
    const reader = await signUp();
    await send(handle, [input(reader.userId, 30, 'message.new')]);
    await handle.deps.jobs.drain();
    const [mail] = mailsTo(handle, reader.email);
    const links = [...mail!.text.matchAll(/http:\/\/localhost:3000\/unsubscribe\?token=(\S+)/g)].map((m) =>
      decodeURIComponent(m[1]!),
    );
    expect(links).toHaveLength(2);
    const [categoryToken, allToken] = links as [string, string];
    expect(categoryToken).toContain('.message.');
    expect(allToken).toContain('.all.');

    const anonymous = new TestClient(handle);
    const forged = await anonymous.post('/api/v1/notifications/unsubscribe', {
      token: `${categoryToken.slice(0, -3)}abc`,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('INVALID_TOKEN');
    const otherScope = await anonymous.post('/api/v1/notifications/unsubscribe', {
      token: categoryToken.replace('.message.', '.event.'),
    });
    expect(otherScope.status).toBe(400);

    const res = await anonymous.post('/api/v1/notifications/unsubscribe', { token: categoryToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ scope: 'message', frequency: 'off' });
    expect((await reader.get('/api/v1/notifications/preferences')).body).toEqual({
      frequency: 'immediate',
      overrides: { message: 'off' },
    });
    // Clicking again is harmless.
    expect((await anonymous.post('/api/v1/notifications/unsubscribe', { token: categoryToken })).status).toBe(
      200,
    );

    await send(handle, [input(reader.userId, 31, 'message.new')]);
    await handle.deps.jobs.drain();
    expect(mailsTo(handle, reader.email)).toHaveLength(1);

    // One-click from a mail client: a form POST to the List-Unsubscribe URL, without a session.
    const oneClick = mail!.headers['List-Unsubscribe']!.slice(1, -1).replace('http://localhost:3000', '');
    const clicked = await handle.app.inject({
      method: 'POST',
      url: oneClick,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.statusCode).toBe(200);

    expect((await anonymous.post('/api/v1/notifications/unsubscribe', { token: allToken })).body).toEqual({
      scope: 'all',
      frequency: 'off',
    });
    expect((await reader.get('/api/v1/notifications/preferences')).body).toEqual({
      frequency: 'off',
      overrides: {},
    });
    await send(handle, [input(reader.userId, 32, 'partner_request.interest')]);
    await handle.deps.jobs.drain();
    expect(mailsTo(handle, reader.email)).toHaveLength(1);
  });
});

describe('digests', () => {
  it('sends one daily digest with every waiting notification after a restart, and nothing when run again', async () => {
    const reader = await signUp();
    const weekly = await signUp({ locale: 'fr' });
    expect(
      (
        await reader.request('PUT', '/api/v1/notifications/preferences', {
          frequency: 'daily',
          overrides: {},
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await weekly.request('PUT', '/api/v1/notifications/preferences', {
          frequency: 'weekly',
          overrides: {},
        })
      ).status,
    ).toBe(200);
    for (const item of [
      input(reader.userId, 40, 'partner_request.interest'),
      input(reader.userId, 41, 'message.new'),
      input(reader.userId, 42, 'partner_request.comment'),
      input(weekly.userId, 43, 'message.new'),
    ]) {
      now = new Date(now.getTime() + 1000);
      await send(handle, [item]);
    }
    await handle.deps.jobs.drain();
    expect(mailsTo(handle, reader.email)).toEqual([]);

    // The process stops; a new one starts on the same database. Nothing lives in memory: the digest
    // runs are rows of the jobs table.
    await handle.close();
    handle = await createApp(testConfig(), { database: testDb.database, clock });
    const queued = await queryRows<{ dedupe_key: string; status: string }>(
      handle.deps.db,
      sql`select dedupe_key, status from jobs where name = 'notifications-digest' order by dedupe_key`,
    );
    expect(queued).toEqual([
      { dedupe_key: `notifications-digest:daily:${MONDAY}`, status: 'queued' },
      { dedupe_key: `notifications-digest:weekly:${MONDAY}`, status: 'queued' },
    ]);

    now = new Date(`${MONDAY}T07:00:30Z`);
    await handle.deps.jobs.drain();

    const digests = mailsTo(handle, reader.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Lightpath: your daily digest (3 notifications)');
    for (const n of [40, 41, 42])
      expect(digests[0]!.text).toContain(`Interest number ${n}: http://localhost:3000/partner-requests/${n}`);
    // Grouped by category, in order of first appearance.
    expect(digests[0]!.text.indexOf('== Partner requests ==')).toBeLessThan(
      digests[0]!.text.indexOf('== Private messages =='),
    );
    expect(digests[0]!.text).toMatch(/\/unsubscribe\?token=/);
    expect(digests[0]!.headers['List-Unsubscribe']).toBeDefined();

    // The weekly reader's Monday digest ran too, in French.
    const weeklyMails = mailsTo(handle, weekly.email);
    expect(weeklyMails).toHaveLength(1);
    expect(weeklyMails[0]!.subject).toBe('Lightpath : votre résumé hebdomadaire (1 notification)');

    // The next runs are queued: tomorrow's daily, next Monday's weekly.
    const next = await queryRows<{ dedupe_key: string }>(
      handle.deps.db,
      sql`select dedupe_key from jobs where name = 'notifications-digest' and status = 'queued' order by dedupe_key`,
    );
    expect(next.map((r) => r.dedupe_key)).toEqual([
      'notifications-digest:daily:2031-03-11',
      'notifications-digest:weekly:2031-03-17',
    ]);

    // The same run again (at-least-once delivery) sends nothing more.
    await notificationsDigestJob(handle.deps).handle({ period: 'daily', day: MONDAY });
    await handle.deps.jobs.drain();
    expect(mailsTo(handle, reader.email)).toHaveLength(1);
  });

  it('keeps weekly notifications out of the daily digest until Monday', async () => {
    const reader = await signUp();
    expect(
      (
        await reader.request('PUT', '/api/v1/notifications/preferences', {
          frequency: 'daily',
          overrides: { event: 'weekly' },
        })
      ).status,
    ).toBe(200);
    now = new Date('2031-03-11T06:30:00Z');
    await send(handle, [
      input(reader.userId, 50, 'event.reminder'),
      input(reader.userId, 51, 'partner_request.interest'),
    ]);
    now = new Date('2031-03-11T07:00:30Z');
    await handle.deps.jobs.drain();
    const daily = mailsTo(handle, reader.email);
    expect(daily).toHaveLength(1);
    expect(daily[0]!.text).toContain('Interest number 51');
    expect(daily[0]!.text).not.toContain('Interest number 50');

    now = new Date('2031-03-17T07:00:30Z');
    await handle.deps.jobs.drain();
    const all = mailsTo(handle, reader.email);
    expect(all).toHaveLength(2);
    expect(all[1]!.subject).toBe('Lightpath: your weekly digest (1 notification)');
    expect(all[1]!.text).toContain('Interest number 50');
  });
});
