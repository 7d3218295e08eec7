import { sql } from 'drizzle-orm';
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

  it('shows the open public partner requests a cluster leads and the coming events it organises', async () => {
    const db = t.handle.deps.db;
    const alpha = (await t.anonymous().get('/api/v1/clusters')).body.items.find((c: { slug: string }) => c.slug === 'alpha-rlh');
    const before = { requests: alpha.partnerRequests.length, events: alpha.events.length };
    const insertRequest = (title: string, status: string, visibility: string) =>
      db.execute(sql`insert into partner_requests (title, summary, kind, lead_organisation_id, deadline, time_zone, status, visibility)
        values (${title}, 'Summary', 'strategic_partnership', ${alpha.id}, now() + interval '30 days', 'Europe/Paris', ${status}, ${visibility})`);
    await insertRequest('Open and public', 'open', 'public');
    await insertRequest('Still a draft', 'draft', 'public');
    await insertRequest('Members only', 'open', 'members_only');
    const insertEvent = async (slug: string, status: string, startsInDays: number) => {
      await db.execute(sql`insert into events (slug, title, time_zone, starts_at, ends_at, status)
        values (${slug}, ${slug}, 'Europe/Paris', now() + make_interval(days => ${startsInDays}),
                now() + make_interval(days => ${startsInDays}) + interval '8 hours', ${status})`);
      await db.execute(sql`insert into event_organisers (event_id, organisation_id, role)
        select id, ${alpha.id}, 'lead' from events where slug = ${slug}`);
    };
    await insertEvent('coming-published', 'published', 20);
    await insertEvent('coming-draft', 'draft', 20);
    await insertEvent('past-published', 'published', -20);

    const after = (await t.anonymous().get('/api/v1/clusters')).body.items.find((c: { slug: string }) => c.slug === 'alpha-rlh');
    expect(after.partnerRequests.map((p: { title: string }) => p.title)).toContain('Open and public');
    expect(after.partnerRequests).toHaveLength(before.requests + 1);
    expect(after.events.map((e: { slug: string }) => e.slug)).toContain('coming-published');
    expect(after.events).toHaveLength(before.events + 1);
  });
});
