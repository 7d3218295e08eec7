import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { useTestApp } from '../../test/harness';

const t = useTestApp();
const password = 'a long enough password';

async function registered(email: string) {
  const client = t.anonymous();
  const res = await client.post('/api/v1/auth/register', { email, password, displayName: 'Ana Petrauskaitė', locale: 'fr' });
  expect(res.status).toBe(201);
  return client;
}

describe('registration and e-mail verification', () => {
  it('registers, hashes the password with argon2id and e-mails a French verification link', async () => {
    await registered('Ana@Laser.LT');
    const [row] = await queryRows<{ password_hash: string; email_verified_at: Date | null }>(
      t.handle.deps.db,
      sql`select password_hash, email_verified_at from users where email = 'ana@laser.lt'`,
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.email_verified_at).toBeNull();
    await t.handle.deps.jobs.drain();
    const mail = t.handle.deps.mailer.captured.findLast((m) => m.to === 'ana@laser.lt');
    expect(mail?.subject).toBe('Confirmez votre adresse e-mail Lightpath');
    expect(mail?.text).toMatch(/\/verify-email\?token=/);
  });

  it('refuses login before verification, then accepts it after the link is used once', async () => {
    const client = await registered('bo@optics.fi');
    const early = await client.post('/api/v1/auth/login', { email: 'bo@optics.fi', password });
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('EMAIL_NOT_VERIFIED');

    const token = new URL(await t.lastLink('bo@optics.fi', '/verify-email')).searchParams.get('token');
    expect((await client.post('/api/v1/auth/verify', { token })).status).toBe(200);
    const reused = await client.post('/api/v1/auth/verify', { token });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('INVALID_TOKEN');

    const login = await client.post('/api/v1/auth/login', { email: 'BO@optics.fi', password });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'bo@optics.fi', emailVerified: true, locale: 'fr' });
    expect(login.headers['set-cookie']).toMatch(/lp_session=.+; .*HttpOnly/i);
    expect(login.headers['set-cookie']).toMatch(/SameSite=Lax/i);
    const session = await client.get('/api/v1/auth/session');
    expect(session.body.user.email).toBe('bo@optics.fi');
  });

  it('rejects a duplicate e-mail with 409 and the field', async () => {
    await registered('dup@example.eu');
    const again = await t.anonymous().post('/api/v1/auth/register', { email: 'DUP@example.eu', password, displayName: 'X' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'EMAIL_TAKEN', details: [{ path: 'email' }] });
  });

  it('reports every invalid field with its path', async () => {
    const res = await t.anonymous().post('/api/v1/auth/register', { email: 'not-an-email', password: 'short', displayName: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'password']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.handle.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('VALIDATION_FAILED');
  });

  it('expires verification links after 24 hours', async () => {
    await registered('late@example.eu');
    const token = new URL(await t.lastLink('late@example.eu', '/verify-email')).searchParams.get('token');
    await t.handle.deps.db.execute(sql`update user_tokens set expires_at = now() - interval '1 minute'`);
    const res = await t.anonymous().post('/api/v1/auth/verify', { token });
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });
});

describe('sessions, CSRF and logout', () => {
  it('requires the CSRF token on writes made with a session', async () => {
    const user = await t.user();
    const csrf = user.csrf;
    user.csrf = null;
    const forged = await user.patch('/api/v1/me', { displayName: 'Mallory' });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('CSRF_FAILED');
    user.csrf = csrf;
    const ok = await user.patch('/api/v1/me', { displayName: 'Real name', locale: 'fr' });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ displayName: 'Real name', locale: 'fr' });
  });

  it('logs out by deleting the session server-side', async () => {
    const user = await t.user();
    const cookie = user.cookie;
    expect((await user.post('/api/v1/auth/logout')).status).toBe(200);
    const replay = await t.handle.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: cookie! } });
    expect(JSON.parse(replay.body).user).toBeNull();
  });
});

describe('login throttling', () => {
  it('locks an e-mail out after 5 failed attempts, even with the right password', async () => {
    const user = await t.user();
    const client = t.anonymous();
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/v1/auth/login', { email: user.email, password: 'wrong password!' })).status).toBe(401);
    }
    const blocked = await client.post('/api/v1/auth/login', { email: user.email, password: 'correct horse battery staple' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('password reset', () => {
  it('resets with a single-use link, logs out other sessions, and accepts the new password', async () => {
    const user = await t.user();
    const anon = t.anonymous();
    expect((await anon.post('/api/v1/auth/password/forgot', { email: user.email })).status).toBe(202);
    // Unknown e-mails get the same answer, so accounts cannot be enumerated.
    expect((await anon.post('/api/v1/auth/password/forgot', { email: 'nobody@example.eu' })).status).toBe(202);
    const token = new URL(await t.lastLink(user.email, '/reset-password')).searchParams.get('token');
    const newPassword = 'a brand new passphrase';
    expect((await anon.post('/api/v1/auth/password/reset', { token, password: newPassword })).status).toBe(200);
    expect((await anon.post('/api/v1/auth/password/reset', { token, password: newPassword })).body.error.code).toBe('INVALID_TOKEN');
    expect((await user.get('/api/v1/auth/session')).body.user).toBeNull();
    expect((await anon.post('/api/v1/auth/login', { email: user.email, password: 'correct horse battery staple' })).status).toBe(401);
    expect((await anon.post('/api/v1/auth/login', { email: user.email, password: newPassword })).status).toBe(200);
  });
});

describe('platform endpoints', () => {
  it('answers /healthz and serves an OpenAPI 3.1 document with the auth routes', async () => {
    const health = await t.anonymous().get('/healthz');
    expect(health.body).toMatchObject({ status: 'ok' });
    const doc = await t.anonymous().get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/register', '/api/v1/organisations/{id}']));
  });

  it('answers unknown API routes with the error envelope', async () => {
    const res = await t.anonymous().get('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
