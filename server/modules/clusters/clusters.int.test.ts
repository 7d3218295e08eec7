import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/demo';
import { demoOrganisations } from '../../db/seed/demo-data';
import { useTestApp } from '../../test/harness';

const t = useTestApp();

beforeAll(async () => {
  await seedDemoData(t.handle.deps);
});

describe('find networks', () => {
  it('lists every public cluster with its member count, regions, top technologies and labels', async () => {
    const { body } = await t.anonymous().get('/api/v1/clusters');
    const demoClusters = demoOrganisations.filter((o) => o.type === 'cluster_organisation');
    expect(body.items).toHaveLength(demoClusters.length);
    for (const demo of demoClusters) {
      const entry = body.items.find((c: { name: string }) => c.name === demo.name);
      const members = demoOrganisations.filter((o) => o.clusters.some((c) => c.key === demo.key));
      expect(entry.memberCount).toBe(members.length);
      const regions = new Set(members.flatMap((m) => (m.region ? [m.region] : [])));
      expect(entry.regions.map((r: { code: string }) => r.code).sort()).toEqual([...regions].sort());
      expect(entry.labels).toHaveLength(demo.cluster?.labels.length ?? 0);
      if (members.length) {
        const counts = new Map<string, number>();
        for (const m of members) for (const code of m.technologies) counts.set(code, (counts.get(code) ?? 0) + 1);
        expect(entry.topTechnologies[0].count).toBe(Math.max(...counts.values()));
      }
    }
    const counts = body.items.map((c: { memberCount: number }) => c.memberCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('separates clusters in Europe from those beyond', async () => {
    const europe = (await t.anonymous().get('/api/v1/clusters?scope=europe')).body.items;
    const beyond = (await t.anonymous().get('/api/v1/clusters?scope=beyond')).body.items;
    const all = (await t.anonymous().get('/api/v1/clusters')).body.items;
    expect(europe.length + beyond.length).toBe(all.length);
    expect(beyond.every((c: { countryCode: string }) => !['FR', 'IT', 'LT', 'FI'].includes(c.countryCode))).toBe(true);
  });
});
