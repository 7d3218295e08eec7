import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import { MESSAGES_PER_MINUTE, NEW_THREADS_PER_HOUR } from '../../../contracts/messages';
import { TestClient, signUpConfirmed } from '../../test/harness';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';

let now = new Date('2031-05-05T10:00:00Z');
const clock = { now: () => new Date(now) };
const tick = (ms = 1000) => (now = new Date(now.getTime() + ms));

let testDb: TestDatabase;
let handle: AppHandle;

type User = TestClient & { email: string; userId: string; name: string };

const signUp = (options: { admin?: boolean; name?: string } = {}): Promise<User> =>
  signUpConfirmed(handle, {
    emailPrefix: 'writer',
    ...(options.name ? { name: options.name } : {}),
    platformAdmin: options.admin ?? false,
    confirmedAt: clock.now(),
  });

async function start(from: User, to: User, body: string, about?: string) {
  tick();
  return from.post('/api/v1/messages/threads', { to: to.userId, body, ...(about ? { about } : {}) });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database, clock });
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('private messages', () => {
  it('answers 401 to anonymous requests', async () => {
    const anonymous = new TestClient(handle);
    const id = randomUUID();
    for (const res of [
      await anonymous.get('/api/v1/messages/threads'),
      await anonymous.get('/api/v1/messages/unread-count'),
      await anonymous.post('/api/v1/messages/threads', { to: id, body: 'Hello' }),
      await anonymous.get(`/api/v1/messages/threads/${id}`),
      await anonymous.post(`/api/v1/messages/threads/${id}/messages`, { body: 'Hello' }),
      await anonymous.post('/api/v1/messages/blocks', { userId: id }),
      await anonymous.post('/api/v1/messages/reports', { userId: id, reason: 'spam' }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('starts a thread about a partner request, counts unread messages, reads and replies', async () => {
    const alice = await signUp({ name: 'Alice Martin' });
    const bob = await signUp({ name: 'Bob Durand' });
    const requestId = randomUUID();

    const recipient = await alice.get(
      `/api/v1/messages/recipients/${bob.userId}?about=partner-request:${requestId}`,
    );
    expect(recipient.body).toEqual({
      id: bob.userId,
      displayName: 'Bob Durand',
      canMessage: true,
      blockedByMe: false,
      existingThreadId: null,
    });

    const started = await start(
      alice,
      bob,
      'Hello Bob,\nwe are interested in your request.',
      `partner-request:${requestId}`,
    );
    expect(started.status).toBe(201);
    const threadId = started.body.id as string;
    expect(started.body).toMatchObject({
      other: { id: bob.userId, displayName: 'Bob Durand' },
      context: { kind: 'partner-request', id: requestId, link: `/partner-requests/${requestId}` },
      messages: [{ body: 'Hello Bob,\nwe are interested in your request.', fromMe: true }],
      unreadCount: 0,
      can: { reply: true, block: true, report: true },
    });

    // The same pair about the same thing keeps one thread.
    const again = await start(alice, bob, 'One more thing.', `partner-request:${requestId}`);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(threadId);
    expect(
      (await alice.get(`/api/v1/messages/recipients/${bob.userId}?about=partner-request:${requestId}`)).body
        .existingThreadId,
    ).toBe(threadId);

    expect((await bob.get('/api/v1/messages/unread-count')).body).toEqual({ unread: 2 });
    const inbox = await bob.get('/api/v1/messages/threads');
    expect(inbox.body).toMatchObject({
      unreadTotal: 2,
      items: [
        {
          id: threadId,
          other: { displayName: 'Alice Martin' },
          unreadCount: 2,
          lastMessage: { excerpt: 'One more thing.', fromMe: false },
        },
      ],
    });
    expect((await alice.get('/api/v1/messages/unread-count')).body).toEqual({ unread: 0 });

    // Bob is notified once for the unread stretch, in the app and by e-mail.
    await handle.deps.jobs.drain();
    const notes = await bob.get('/api/v1/notifications');
    expect(notes.body.items).toMatchObject([
      {
        kind: 'message.new',
        title: { en: 'New message from Alice Martin' },
        link: `/messages/${threadId}`,
        read: false,
      },
    ]);
    const mails = handle.deps.mailer.captured.filter(
      (m) => m.to === bob.email && m.subject.includes('New message'),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`http://localhost:3000/messages/${threadId}`);

    // Opening the thread reads it and its notification.
    const opened = await bob.get(`/api/v1/messages/threads/${threadId}`);
    expect(opened.body.messages.map((m: { fromMe: boolean }) => m.fromMe)).toEqual([false, false]);
    expect(opened.body.unreadCount).toBe(2);
    expect((await bob.post(`/api/v1/messages/threads/${threadId}/read`)).body).toEqual({ ok: true });
    expect((await bob.get('/api/v1/messages/unread-count')).body).toEqual({ unread: 0 });
    expect((await bob.get('/api/v1/notifications/unread-count')).body).toEqual({ unread: 0 });

    tick();
    const replied = await bob.post(`/api/v1/messages/threads/${threadId}/messages`, {
      body: '  Thanks Alice!  ',
    });
    expect(replied.status).toBe(201);
    expect(replied.body).toMatchObject({ body: 'Thanks Alice!', fromMe: true });
    expect((await alice.get('/api/v1/messages/unread-count')).body).toEqual({ unread: 1 });
    const aliceThread = await alice.get(`/api/v1/messages/threads/${threadId}`);
    expect(aliceThread.body.messages.map((m: { body: string }) => m.body)).toEqual([
      'Hello Bob,\nwe are interested in your request.',
      'One more thing.',
      'Thanks Alice!',
    ]);

    // After Bob read the thread, a new message is news again.
    tick();
    await alice.post(`/api/v1/messages/threads/${threadId}/messages`, { body: 'Shall we meet?' });
    expect((await bob.get('/api/v1/notifications')).body.items).toHaveLength(2);
  });

  it('lists unread threads first, then the most recent', async () => {
    const me = await signUp();
    const [a, b, c] = [await signUp(), await signUp(), await signUp()];
    const ta = (await start(a, me, 'from a')).body.id;
    const tb = (await start(b, me, 'from b')).body.id;
    const tc = (await start(c, me, 'from c')).body.id;
    await me.post(`/api/v1/messages/threads/${tc}/read`);
    await me.post(`/api/v1/messages/threads/${tb}/read`);
    tick();
    await me.post(`/api/v1/messages/threads/${tb}/messages`, { body: 'reply to b' });
    const list = await me.get('/api/v1/messages/threads');
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([ta, tb, tc]);
    expect(list.body.items.map((t: { unreadCount: number }) => t.unreadCount)).toEqual([1, 0, 0]);
  });

  it('keeps threads private to their participants', async () => {
    const alice = await signUp();
    const bob = await signUp();
    const eve = await signUp();
    const threadId = (await start(alice, bob, 'Private')).body.id;
    for (const res of [
      await eve.get(`/api/v1/messages/threads/${threadId}`),
      await eve.post(`/api/v1/messages/threads/${threadId}/messages`, { body: 'Hi' }),
      await eve.post(`/api/v1/messages/threads/${threadId}/read`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await eve.get('/api/v1/messages/threads')).body.items).toEqual([]);
  });

  it('validates messages: plain text, length, context, recipient', async () => {
    const alice = await signUp();
    const bob = await signUp();
    const cases: [Record<string, unknown>, string][] = [
      [{ to: bob.userId, body: '   ' }, 'body'],
      [{ to: bob.userId, body: 'x'.repeat(5001) }, 'body'],
      [{ to: bob.userId, body: 'bell \u0007' }, 'body'],
      [{ to: bob.userId, body: 'Hi', about: 'spaceship:1' }, 'about'],
      [{ to: bob.userId, body: 'Hi', about: 'partner-request:<script>' }, 'about'],
      [{ to: 'not-a-uuid', body: 'Hi' }, 'to'],
    ];
    for (const [body, path] of cases) {
      const res = await alice.post('/api/v1/messages/threads', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await alice.post('/api/v1/messages/threads', { to: alice.userId, body: 'Me' })).status).toBe(400);
    expect((await alice.post('/api/v1/messages/threads', { to: randomUUID(), body: 'Nobody' })).status).toBe(
      404,
    );

    // Markup is kept as the text it is, never interpreted.
    const html = await start(alice, bob, '<b>bold</b> & <script>alert(1)</script>');
    expect(html.status).toBe(201);
    expect(html.body.messages[0].body).toBe('<b>bold</b> & <script>alert(1)</script>');
    await handle.deps.jobs.drain();
    const mail = handle.deps.mailer.captured.find(
      (m) => m.to === bob.email && m.subject.includes('New message'),
    );
    expect(mail!.html).toContain('&lt;script&gt;');
    expect(mail!.html).not.toContain('<script>');
  });

  it('blocks: the blocked user cannot write, the blocker no longer sees the threads, until unblocked', async () => {
    const alice = await signUp({ name: 'Alice Block' });
    const bob = await signUp();
    const threadId = (await start(alice, bob, 'First')).body.id;
    const other = (await start(alice, bob, 'About an event', `event:${randomUUID()}`)).body.id;
    expect((await bob.get('/api/v1/messages/unread-count')).body).toEqual({ unread: 2 });

    expect((await bob.post('/api/v1/messages/blocks', { userId: alice.userId })).body).toEqual({ ok: true });
    expect((await bob.post('/api/v1/messages/blocks', { userId: alice.userId })).status).toBe(200);
    expect((await bob.get('/api/v1/messages/blocks')).body.items).toMatchObject([
      { id: alice.userId, displayName: 'Alice Block' },
    ]);

    for (const res of [
      await alice.post(`/api/v1/messages/threads/${threadId}/messages`, { body: 'Are you there?' }),
      await start(alice, bob, 'New thread'),
      await start(alice, bob, 'Same context', `event:${randomUUID()}`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    // The blocker must unblock before writing too.
    expect((await bob.post(`/api/v1/messages/threads/${threadId}/messages`, { body: 'Bye' })).status).toBe(
      403,
    );
    expect((await alice.get(`/api/v1/messages/recipients/${bob.userId}`)).body.canMessage).toBe(false);

    // Hidden from the blocker (list and unread badge), still there for the blocked user.
    expect((await bob.get('/api/v1/messages/threads')).body).toEqual({ items: [], unreadTotal: 0 });
    expect((await bob.get('/api/v1/messages/unread-count')).body).toEqual({ unread: 0 });
    expect(
      (await alice.get('/api/v1/messages/threads')).body.items.map((t: { id: string }) => t.id).sort(),
    ).toEqual([threadId, other].sort());
    const seen = await bob.get(`/api/v1/messages/threads/${threadId}`);
    expect(seen.body).toMatchObject({ blockedByMe: true, can: { reply: false, block: false } });

    expect((await bob.post('/api/v1/messages/blocks', { userId: bob.userId })).status).toBe(400);
    expect((await bob.request('DELETE', `/api/v1/messages/blocks/${alice.userId}`)).body).toEqual({
      ok: true,
    });
    expect((await bob.get('/api/v1/messages/threads')).body.unreadTotal).toBe(2);
    expect((await start(alice, bob, 'Hello again')).status).toBe(200);
  });

  it('reports a user or a message to the platform administrators, who list and resolve them', async () => {
    const admin = await signUp({ admin: true });
    const alice = await signUp();
    const spammer = await signUp({ name: 'Spammer' });
    const threadId = (await start(spammer, alice, 'Cheap lasers!!!')).body.id;
    const messageId = (await alice.get(`/api/v1/messages/threads/${threadId}`)).body.messages[0].id;

    const stranger = await signUp();
    expect(
      (await stranger.post('/api/v1/messages/reports', { userId: spammer.userId, messageId, reason: 'spam' }))
        .status,
    ).toBe(404);
    expect(
      (await alice.post('/api/v1/messages/reports', { userId: alice.userId, reason: 'spam' })).status,
    ).toBe(400);
    expect(
      (await alice.post('/api/v1/messages/reports', { userId: spammer.userId, reason: 'rude' })).status,
    ).toBe(400);

    const reported = await alice.post('/api/v1/messages/reports', {
      userId: spammer.userId,
      messageId,
      reason: 'spam',
      details: 'Unsolicited ads',
    });
    expect(reported.status).toBe(201);
    expect(
      (await stranger.post('/api/v1/messages/reports', { userId: spammer.userId, reason: 'other' })).status,
    ).toBe(201);

    expect((await alice.get('/api/v1/admin/message-reports')).status).toBe(403);
    const open = await admin.get('/api/v1/admin/message-reports');
    expect(open.status).toBe(200);
    const mine = open.body.items.find((r: { id: string }) => r.id === reported.body.id);
    expect(mine).toMatchObject({
      reported: { id: spammer.userId, displayName: 'Spammer' },
      reporter: { id: alice.userId },
      message: { id: messageId, body: 'Cheap lasers!!!' },
      reason: 'spam',
      details: 'Unsolicited ads',
      status: 'open',
    });
    const adminNotes = await admin.get('/api/v1/notifications');
    expect(
      adminNotes.body.items.some(
        (n: { kind: string; link: string }) => n.kind === 'report.new' && n.link === '/admin/message-reports',
      ),
    ).toBe(true);

    expect((await alice.post(`/api/v1/admin/message-reports/${reported.body.id}/resolve`, {})).status).toBe(
      403,
    );
    const resolved = await admin.post(`/api/v1/admin/message-reports/${reported.body.id}/resolve`, {
      resolution: 'Account warned',
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: 'Account warned' });
    expect(
      (await admin.get('/api/v1/admin/message-reports')).body.items.map((r: { id: string }) => r.id),
    ).not.toContain(reported.body.id);
    expect(
      (await admin.get('/api/v1/admin/message-reports?status=resolved')).body.items.map(
        (r: { id: string }) => r.id,
      ),
    ).toContain(reported.body.id);
    expect((await admin.post(`/api/v1/admin/message-reports/${randomUUID()}/resolve`, {})).status).toBe(404);
  });

  it(`rate limits: ${MESSAGES_PER_MINUTE} messages a minute, then 429 until the minute has passed`, async () => {
    const alice = await signUp();
    const bob = await signUp();
    const threadId = (await start(alice, bob, 'message 1')).body.id;
    for (let i = 2; i <= MESSAGES_PER_MINUTE; i++) {
      tick(100);
      expect(
        (await alice.post(`/api/v1/messages/threads/${threadId}/messages`, { body: `message ${i}` })).status,
      ).toBe(201);
    }
    tick(100);
    const limited = await alice.post(`/api/v1/messages/threads/${threadId}/messages`, {
      body: 'one too many',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    // Bob is not limited by Alice's sending.
    expect(
      (await bob.post(`/api/v1/messages/threads/${threadId}/messages`, { body: 'Slow down' })).status,
    ).toBe(201);
    tick(60_000);
    expect(
      (await alice.post(`/api/v1/messages/threads/${threadId}/messages`, { body: 'calmer now' })).status,
    ).toBe(201);
    const thread = await bob.get(`/api/v1/messages/threads/${threadId}`);
    expect(thread.body.messages.map((m: { body: string }) => m.body)).not.toContain('one too many');
  });

  it(`rate limits: ${NEW_THREADS_PER_HOUR} new threads an hour, then 429`, async () => {
    const alice = await signUp();
    const people = await Promise.all(Array.from({ length: NEW_THREADS_PER_HOUR + 1 }, () => signUp()));
    for (const person of people.slice(0, NEW_THREADS_PER_HOUR)) {
      tick(10_000);
      expect((await start(alice, person, 'Hello')).status).toBe(201);
    }
    tick(10_000);
    const limited = await start(alice, people[NEW_THREADS_PER_HOUR]!, 'Hello');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    // Writing in an existing thread is still allowed.
    expect((await start(alice, people[0]!, 'Follow-up')).status).toBe(200);
    tick(3_600_000);
    expect((await start(alice, people[NEW_THREADS_PER_HOUR]!, 'Hello')).status).toBe(201);
  });
});
