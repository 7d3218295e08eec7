import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness';

const t = useTestApp({ loadDemoData: true });

describe('demo offers and needs', () => {
  it('are published on demo organisations and match each other with reasons', async () => {
    const anon = t.anonymous();
    const offers = await anon.get('/api/v1/technology-offers');
    expect(offers.status).toBe(200);
    expect(offers.body.total).toBeGreaterThanOrEqual(3);
    const needs = await anon.get('/api/v1/needs?q=laser%20welds');
    const [weldNeed] = needs.body.items;
    expect(weldNeed).toMatchObject({
      title: 'In-line inspection of laser welds on chassis parts',
      organisation: { country: 'IT', region: 'ITC1' },
    });

    const matches = await anon.get(`/api/v1/needs/${weldNeed.id}/matches?target=offers&lang=en`);
    expect(matches.body.items[0]).toMatchObject({
      title: 'In-line laser welding monitoring and weld quality control',
    });
    expect(matches.body.items[0].reasons.map((r: { code: string }) => r.code)).toContain(
      'complementary_role',
    );

    const glassNeed = (await anon.get('/api/v1/needs?q=verre')).body.items[0];
    const forGlass = await anon.get(`/api/v1/needs/${glassNeed.id}/matches?target=offers&lang=fr`);
    expect(forGlass.body.items[0].title).toBe(
      'Femtosecond laser micro-machining of glass, sapphire and polymers',
    );

    const orgs = await anon.get(`/api/v1/needs/${weldNeed.id}/matches?target=organisations&lang=fr`);
    expect(orgs.body.items.length).toBeGreaterThan(3);
    expect(orgs.body.items.map((m: { title: string }) => m.title)).toContain(
      'Centre Technologique Laser Aquitain (CTLA)',
    );
  });
});
