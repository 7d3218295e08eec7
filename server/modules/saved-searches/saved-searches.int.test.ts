import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import { queryRows, sql } from '../../db/client';
import { users } from '../../db/schema';
import { savedSearchesDigestJob } from '../../jobs/saved-searches.job';
import { TestClient, signUpConfirmed } from '../../test/harness';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';

// The digest runs at 07:00 UTC, so the suite owns the clock: it starts just before the first run.
const DAY = '2031-03-10';
const NEXT_DAY = '2031-03-11';
let now = new Date(`${DAY}T06:00:00Z`);
const clock = { now: () => new Date(now) };

let testDb: TestDatabase;
let handle: AppHandle;
let owner: TestClient;

type User = TestClient & { email: string; userId: string };

const signUp = (options: { locale?: 'en' | 'fr' } = {}): Promise<User> =>
  signUpConfirmed(handle, {
    emailPrefix: 'saver',
    name: 'Saver',
    locale: options.locale ?? 'en',
    confirmedAt: clock.now(),
  });

interface Org {
  id: string;
  slug: string;
  name: string;
}

async function draftOrganisation(name: string, country: string, descriptionEn: string): Promise<Org> {
  const res = await owner.post('/api/v1/organisations', {
    name,
    type: 'sme',
    country,
    descriptionEn,
    listingConsent: true,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function publish(org: Org): Promise<Org> {
  expect((await owner.post(`/api/v1/organisations/${org.id}/submit`)).body.status).toBe('published');
  return org;
}

const publishedOrganisation = async (name: string, country: string, descriptionEn: string) =>
  publish(await draftOrganisation(name, country, descriptionEn));

async function save(user: TestClient, body: Record<string, unknown>) {
  const res = await user.post('/api/v1/me/saved-searches', body);
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string };
}

const digestsTo = (email: string) =>
  handle.deps.mailer.captured.filter(
    (m) => m.to === email && /new organisation|nouvelles? organisations?/.test(m.subject),
  );

async function digestJob(day: string) {
  const [row] = await queryRows<{ status: string; run_at: Date | string }>(
    handle.deps.db,
    sql`select status, run_at from jobs where dedupe_key = ${`saved-searches-digest:${day}`}`,
  );
  return row && { status: row.status, runAt: new Date(row.run_at).toISOString() };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database, clock });
  owner = await signUp();
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('saved searches API', () => {
  it('answers 401 to anonymous requests', async () => {
    const anonymous = new TestClient(handle);
    const id = randomUUID();
    const responses = await Promise.all([
      anonymous.get('/api/v1/me/saved-searches'),
      anonymous.post('/api/v1/me/saved-searches', { name: 'Lasers', query: {} }),
      anonymous.patch(`/api/v1/me/saved-searches/${id}`, { name: 'Optics' }),
      anonymous.delete(`/api/v1/me/saved-searches/${id}`),
      anonymous.get(`/api/v1/me/saved-searches/${id}/new`),
    ]);
    for (const res of responses) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('saves a search with its query normalised, then lists, changes and deletes it', async () => {
    const user = await signUp();
    const created = await user.post('/api/v1/me/saved-searches', {
      name: ' Lasers in France ',
      query: { q: ' laser ', country: ['fr', 'FR'], type: 'university,sme', technology: [] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Lasers in France',
      query: { q: 'laser', country: ['FR'], type: ['sme', 'university'] },
      frequency: 'daily',
      lastNotifiedAt: null,
      can: { edit: true, delete: true },
    });
    expect(created.body.query).not.toHaveProperty('technology');

    const listed = await user.get('/api/v1/me/saved-searches');
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);

    const changed = await user.patch(`/api/v1/me/saved-searches/${created.body.id}`, {
      name: 'French lasers',
      frequency: 'off',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'French lasers',
      frequency: 'off',
      query: { q: 'laser', country: ['FR'] },
    });

    expect((await user.delete(`/api/v1/me/saved-searches/${created.body.id}`)).body).toEqual({ ok: true });
    expect((await user.get('/api/v1/me/saved-searches')).body.items).toEqual([]);
    expect((await user.get(`/api/v1/me/saved-searches/${created.body.id}/new`)).status).toBe(404);
  });

  it("answers 404 for another user's saved search, and does not change it", async () => {
    const alice = await signUp();
    const mallory = await signUp();
    const search = await save(alice, { name: 'Private', query: { q: 'photonics' } });
    const base = `/api/v1/me/saved-searches/${search.id}`;
    for (const res of [
      await mallory.get(`${base}/new`),
      await mallory.patch(base, { name: 'Mine now' }),
      await mallory.delete(base),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await mallory.get('/api/v1/me/saved-searches')).body.items).toEqual([]);
    expect((await alice.get('/api/v1/me/saved-searches')).body.items).toMatchObject([
      { id: search.id, name: 'Private' },
    ]);
  });

  it('rejects invalid input with every field path', async () => {
    const user = await signUp();
    const bad = await user.post('/api/v1/me/saved-searches', {
      name: '',
      query: { country: ['FR', 'XX'], technology: ['lasers'], sort: 'newest' },
      frequency: 'weekly',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['name', 'query.country.1', 'query.technology.0', 'query', 'frequency']),
    );

    const search = await save(user, { name: 'Valid', query: {} });
    const empty = await user.patch(`/api/v1/me/saved-searches/${search.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([{ path: '', message: 'Nothing to update' }]);
    expect(
      (await user.patch('/api/v1/me/saved-searches/not-a-uuid', { name: 'x' })).body.error.details[0].path,
    ).toBe('id');
  });

  it('refuses a second search with the same name, whatever its case', async () => {
    const user = await signUp();
    await save(user, { name: 'Lidar', query: { q: 'lidar' } });
    const again = await user.post('/api/v1/me/saved-searches', {
      name: 'LIDAR',
      query: { q: 'lidar', country: 'DE' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].path).toBe('name');
  });

  it('keeps at most 20 saved searches per user', async () => {
    const user = await signUp();
    const saved = [];
    for (let i = 1; i <= 20; i++)
      saved.push(await save(user, { name: `Search ${i}`, query: { q: `optics ${i}` }, frequency: 'off' }));
    const over = await user.post('/api/v1/me/saved-searches', { name: 'Search 21', query: {} });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: expect.stringContaining('at most 20 saved searches'),
    });
    expect(over.body.error.details).toEqual([{ path: '', message: 'Limit of 20 saved searches reached' }]);

    await user.delete(`/api/v1/me/saved-searches/${saved[0]!.id}`);
    expect((await user.post('/api/v1/me/saved-searches', { name: 'Search 21', query: {} })).status).toBe(201);
  });
});

describe('new matches and the daily digest', () => {
  const laserSearch = { name: 'Lasers in France', query: { q: 'laser', country: ['FR'] } };
  let alice: User;
  let search: { id: string };
  const orgs: Record<string, Org> = {};

  it('is scheduled at boot for the next 07:00 UTC', async () => {
    expect(await digestJob(DAY)).toEqual({ status: 'queued', runAt: `${DAY}T07:00:00.000Z` });
  });

  it('lists as new only the matching organisations that became public after the search was saved', async () => {
    orgs.alreadyPublic = await publishedOrganisation(
      'Lumière Lasers Lyon',
      'FR',
      'Industrial laser sources.',
    );
    // A profile drafted a month ago and published only after the search was saved is new all the same.
    now = new Date('2031-02-08T10:00:00Z');
    orgs.createdLastMonth = await draftOrganisation('Photon Bordeaux', 'FR', 'Laser cutting of composites.');
    now = new Date(`${DAY}T06:05:00Z`);

    alice = await signUp();
    search = await save(alice, laserSearch);
    await publish(orgs.createdLastMonth);
    orgs.fresh = await publishedOrganisation('Rennes Laser Works', 'FR', 'Ultrafast laser micromachining.');
    orgs.german = await publishedOrganisation('Jena Laser GmbH', 'DE', 'Laser diodes.');
    orgs.draft = await draftOrganisation('Nantes Laser Studio', 'FR', 'Laser engraving.');
    orgs.unrelated = await publishedOrganisation(
      'Boulangerie Toulouse',
      'FR',
      'Sourdough bread for the canteen.',
    );

    const fresh = await alice.get(`/api/v1/me/saved-searches/${search.id}/new`);
    expect(fresh.status).toBe(200);
    expect(fresh.body.total).toBe(2);
    expect(fresh.body.items.map((o: Org) => o.name).sort()).toEqual([
      'Photon Bordeaux',
      'Rennes Laser Works',
    ]);
    expect((await alice.get(`/api/v1/me/saved-searches/${search.id}/new?limit=1`)).body).toMatchObject({
      total: 2,
      items: [expect.anything()],
    });
  });

  it('e-mails each owner once with the new matches, sends nothing more when run again, and schedules the next day', async () => {
    const muted = await signUp();
    await save(muted, { ...laserSearch, frequency: 'off' });
    const unconfirmed = await signUp();
    await save(unconfirmed, laserSearch);
    await handle.deps.db
      .update(users)
      .set({ emailVerifiedAt: null })
      .where(eq(users.email, unconfirmed.email));
    const french = await signUp({ locale: 'fr' });
    await save(french, laserSearch);
    await publishedOrganisation('Laser Strasbourg', 'FR', 'Laser welding.');

    now = new Date(`${DAY}T07:00:05Z`);
    await handle.deps.jobs.drain();

    const [mail, ...others] = digestsTo(alice.email);
    expect(others).toEqual([]);
    expect(mail!.subject).toBe('Lightpath: 3 new organisations for “Lasers in France”');
    for (const org of [orgs.createdLastMonth!, orgs.fresh!]) {
      expect(mail!.text).toContain(`${org.name}: http://localhost:3000/organisations/${org.slug}`);
      expect(mail!.html).toContain(`<a href="http://localhost:3000/organisations/${org.slug}">`);
    }
    expect(mail!.text).toContain('Laser Strasbourg');
    for (const org of [orgs.alreadyPublic!, orgs.german!, orgs.draft!, orgs.unrelated!])
      expect(mail!.text).not.toContain(org.name);
    expect(mail!.text).toContain('Manage my saved searches: http://localhost:3000/me');

    expect(digestsTo(muted.email)).toEqual([]);
    expect(digestsTo(unconfirmed.email)).toEqual([]);
    const [frenchMail, ...frenchOthers] = digestsTo(french.email);
    expect(frenchOthers).toEqual([]);
    // Saved when everything but Laser Strasbourg was public already: only that one is new for this search.
    expect(frenchMail!.subject).toBe('Lightpath : 1 nouvelle organisation pour « Lasers in France »');

    expect((await alice.get(`/api/v1/me/saved-searches/${search.id}/new`)).body).toEqual({
      items: [],
      total: 0,
    });
    const [listed] = (await alice.get('/api/v1/me/saved-searches')).body.items;
    expect(listed.lastNotifiedAt).toBe(`${DAY}T07:00:05.000Z`);

    // At-least-once delivery: the same day's run again, directly and through the queue, adds nothing.
    await savedSearchesDigestJob(handle.deps).handle({ day: DAY });
    await handle.deps.jobs.enqueue(
      handle.deps.db,
      'saved-searches-digest',
      { day: DAY },
      { dedupeKey: `saved-searches-digest:${DAY}` },
    );
    await handle.deps.jobs.drain();
    expect(digestsTo(alice.email)).toHaveLength(1);
    expect(digestsTo(french.email)).toHaveLength(1);

    expect(await digestJob(DAY)).toMatchObject({ status: 'done' });
    expect(await digestJob(NEXT_DAY)).toEqual({ status: 'queued', runAt: `${NEXT_DAY}T07:00:00.000Z` });
  });

  it('announces the next day only what became public since, not profiles merely edited', async () => {
    now = new Date(`${NEXT_DAY}T06:30:00Z`);
    expect(
      (
        await owner.patch(`/api/v1/organisations/${orgs.fresh!.id}`, {
          descriptionEn: 'Femtosecond laser micromachining.',
        })
      ).status,
    ).toBe(200);
    expect(
      (await owner.patch(`/api/v1/organisations/${orgs.alreadyPublic!.id}`, { city: 'Lyon' })).status,
    ).toBe(200);
    const nextDay = await publishedOrganisation('Grenoble Laser Optics', 'FR', 'Laser metrology.');

    now = new Date(`${NEXT_DAY}T07:00:05Z`);
    await handle.deps.jobs.drain();

    const mails = digestsTo(alice.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe('Lightpath: 1 new organisation for “Lasers in France”');
    expect(mails[1]!.text).toContain(`http://localhost:3000/organisations/${nextDay.slug}`);
    for (const org of [orgs.fresh!, orgs.createdLastMonth!, orgs.alreadyPublic!])
      expect(mails[1]!.text).not.toContain(org.name);
    expect(await digestJob('2031-03-12')).toEqual({ status: 'queued', runAt: '2031-03-12T07:00:00.000Z' });
  });

  it('starts afresh when the query changes: what the new query matches today is not new', async () => {
    const changed = await alice.patch(`/api/v1/me/saved-searches/${search.id}`, {
      query: { q: 'laser', country: 'DE' },
    });
    expect(changed.body.query).toEqual({ q: 'laser', country: ['DE'] });
    expect((await alice.get(`/api/v1/me/saved-searches/${search.id}/new`)).body.total).toBe(0);

    const berlin = await publishedOrganisation('Berlin Laser Labs', 'DE', 'Laser spectroscopy.');
    const news = await alice.get(`/api/v1/me/saved-searches/${search.id}/new`);
    expect(news.body.items.map((o: Org) => o.id)).toEqual([berlin.id]);
  });

  it("e-mails an organisation once when two runs race (a late run and the next day's, in two processes)", async () => {
    now = new Date('2031-03-12T07:00:05Z');
    const munich = await publishedOrganisation('Munich Laser Systems', 'DE', 'Laser scanners.');
    const before = digestsTo(alice.email).length;
    await Promise.all([
      savedSearchesDigestJob(handle.deps).handle({ day: '2031-03-12' }),
      savedSearchesDigestJob(handle.deps).handle({ day: '2031-03-13' }),
    ]);
    await handle.deps.jobs.drain();
    const mails = digestsTo(alice.email).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`http://localhost:3000/organisations/${munich.slug}`);
  });
});
