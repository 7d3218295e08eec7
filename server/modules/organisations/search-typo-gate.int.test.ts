import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/demo';
import { loadSyntheticOrganisations } from '../../db/seed/synthetic-load';
import { useTestApp } from '../../test/harness';

/**
 * Names close to the query (typos) are added only while the query's words find fewer than 200
 * organisations: with more, they are noise, and their trigram recheck is the costliest part of a
 * broad search (see typoGate in search.repository.ts).
 */
const t = useTestApp();
const search = async (query: string) => (await t.anonymous().get(`/api/v1/organisations?${query}`)).body;
const names = (body: { items: { name: string }[] }) => body.items.map((o) => o.name);

async function publish(name: string, descriptionEn: string) {
  const owner = await t.user();
  const { body } = await owner.post('/api/v1/organisations', {
    name,
    type: 'sme',
    country: 'FR',
    descriptionEn,
    listingConsent: true,
  });
  const submitted = await owner.post(`/api/v1/organisations/${body.id}/submit`);
  expect(submitted.status).toBe(200);
}

beforeAll(async () => {
  await seedDemoData(t.handle.deps);
  // Its name looks like "laser" (trigram similarity above the threshold); its text never says it.
  await publish('Laserix', 'Precision mechanics and optical mounts for laboratories.');
});

describe('typo names only while the words find few organisations', () => {
  it('adds a name that merely looks like a word that finds few', async () => {
    const body = await search('q=laser&limit=100');
    expect(body.total).toBeLessThan(200);
    expect(names(body)).toContain('Laserix');
  });

  it('leaves such names out once the words alone find 200 organisations or more', async () => {
    await loadSyntheticOrganisations(t.handle.deps.db, t.handle.deps.clock, { count: 400, seed: 7 });
    const broad = await search('q=laser&facets=false');
    expect(broad.total).toBeGreaterThanOrEqual(200);
    const all = await search('q=laser&facets=true');
    expect(all.total).toBe(broad.total);
    // Searching its own name still finds it, and a misspelt rare name is still found.
    expect(names(await search('q=Laserix'))).toContain('Laserix');
    expect(names(await search('q=Lazerix'))).toContain('Laserix');
    const counted = await search('q=laser&facets=false&limit=100');
    expect(names(counted)).not.toContain('Laserix');
  });
});
