import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppHandle } from '../../app';
import { testConfig } from '../../config';
import { organisations } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../test/test-db';
import { matchingEngine, rankOrganisationsFor } from './matching.service';

let testDb: TestDatabase;
let handle: AppHandle;

async function org(values: Partial<typeof organisations.$inferInsert> & { name: string }) {
  const [row] = await handle.deps.db
    .insert(organisations)
    .values({
      slug: `${values.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`,
      type: 'sme',
      countryCode: 'FR',
      status: 'published',
      listingConsent: true,
      ...values,
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await createApp(testConfig(), { database: testDb.database });
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('matching adapter', () => {
  it('ranks public organisations only, explains in both languages, applies constraints and exclusions', async () => {
    const femto = await org({ name: 'Femto Lab', countryCode: 'IT', regionCode: 'ITC1', technologies: ['tech:lasers.ultrafast'], descriptionEn: 'Femtosecond lasers.' });
    const fibre = await org({ name: 'Fibre Co', technologies: ['tech:lasers.fibre'], descriptionEn: 'Fibre lasers.' });
    const hidden = await org({ name: 'Secret Femto', technologies: ['tech:lasers.ultrafast'], listingConsent: false });
    const request = { text: 'We look for ultrafast laser sources', locale: 'en' as const };

    const ranked = await rankOrganisationsFor(handle.deps, request);
    const ids = ranked.map((r) => r.organisation.id);
    expect(ids[0]).toBe(femto.id);
    expect(ids).not.toContain(hidden.id);
    expect(ranked[0]!.reasons[0]!.text).toMatch(/ultrafast/i);
    expect(ranked[0]!.score).toBeCloseTo(ranked[0]!.reasons.reduce((s, r) => s + r.points, 0), 1);

    const fr = await rankOrganisationsFor(handle.deps, { ...request, locale: 'fr' });
    expect(fr[0]!.reasons.map((r) => r.text).join(' ')).toMatch(/propose|correspond/);

    const inFrance = await rankOrganisationsFor(handle.deps, { ...request, constraints: { countries: ['FR'] } });
    expect(inFrance.map((r) => r.organisation.id)).not.toContain(femto.id);
    const excluded = await rankOrganisationsFor(handle.deps, { ...request, exclude: [femto.id] });
    expect(excluded.map((r) => r.organisation.id)).not.toContain(femto.id);
    const preferred = await rankOrganisationsFor(handle.deps, { ...request, preferences: { regions: ['ITC1'] } });
    expect(preferred[0]!.reasons.map((r) => r.text)).toContain('based in Piemonte, a sought region');
    expect(fibre).toBeDefined();
  });

  it('reuses the engine until the organisations change, then rebuilds it', async () => {
    const first = await matchingEngine(handle.deps);
    expect(await matchingEngine(handle.deps)).toBe(first);
    const target = await org({ name: 'Late Terahertz', descriptionEn: 'Terahertz imaging', technologies: ['tech:microwaves.terahertz'] });
    const second = await matchingEngine(handle.deps);
    expect(second).not.toBe(first);
    expect(second.organisations.has(target.id)).toBe(true);
    // Withdrawing consent takes it out at once.
    await handle.deps.db.update(organisations).set({ listingConsent: false }).where(eq(organisations.id, target.id));
    expect((await matchingEngine(handle.deps)).organisations.has(target.id)).toBe(false);
  });
});
