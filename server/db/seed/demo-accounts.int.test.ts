import { describe, expect, it } from 'vitest';
import { TestClient, useTestApp } from '../../test/harness';
import { seedDemoData } from './demo';
import { describeDemoAccounts, seedDemoAccounts } from './demo-accounts';
import { DEMO_B2B_EVENT, seedDemoParticipants } from './demo-participants';

const t = useTestApp();

async function logIn(email: string, password: string) {
  const client = new TestClient(t.handle);
  const res = await client.post('/api/v1/auth/login', { email, password });
  return { client, res };
}

let accounts: Awaited<ReturnType<typeof seedDemoAccounts>> = [];

describe('demo accounts', () => {
  it('creates three accounts with random passwords that open the demo as its lead cluster, an SME and an admin', async () => {
    await seedDemoData(t.handle.deps);
    accounts = await seedDemoAccounts(t.handle.deps.db, new Date());
    expect(accounts.map((a) => a.email)).toEqual([
      'manager@alpha-rlh.demo.lightpath.example',
      'ceo@orvalis-lasers.demo.lightpath.example',
      'admin@demo.lightpath.example',
    ]);
    expect(new Set(accounts.map((a) => a.password)).size).toBe(3);
    for (const a of accounts) expect(a.password.length).toBeGreaterThanOrEqual(16);
    expect(describeDemoAccounts(accounts)).toContain(accounts[0]!.password);

    const pimi = (await t.anonymous().get('/api/v1/partner-requests')).body.items.find((r: { title: string }) =>
      r.title.startsWith('PIMI'),
    );
    expect(pimi).toBeDefined();

    // The ALPHA-RLH manager leads PIMI: its Matches tab opens and ranks organisations.
    const manager = await logIn(accounts[0]!.email, accounts[0]!.password);
    expect(manager.res.status).toBe(200);
    const matches = await manager.client.get(`/api/v1/partner-requests/${pimi.id}/matches`);
    expect(matches.status).toBe(200);
    expect(matches.body.items.length).toBeGreaterThan(0);

    // The SME admin is not the lead: no Matches, but the request is open to it.
    const sme = await logIn(accounts[1]!.email, accounts[1]!.password);
    expect(sme.res.status).toBe(200);
    expect((await sme.client.get(`/api/v1/partner-requests/${pimi.id}/matches`)).status).toBe(403);

    const admin = await logIn(accounts[2]!.email, accounts[2]!.password);
    expect(admin.res.status).toBe(200);
    expect(admin.res.body.user.isPlatformAdmin).toBe(true);

    // A wrong password is still refused, and a second run creates nothing.
    expect((await logIn(accounts[0]!.email, 'correct horse battery staple')).res.status).toBe(401);
    expect(await seedDemoAccounts(t.handle.deps.db, new Date())).toEqual([]);
  });

  it('registers ten participants to the health day with ten accepted meetings the organiser can schedule at once', async () => {
    expect(await seedDemoParticipants(t.handle.deps)).toEqual({ registrations: 10, meetings: 10 });
    const event = (await t.anonymous().get(`/api/v1/events/${DEMO_B2B_EVENT}`)).body;
    expect(event.confirmedCount).toBe(10);

    // The ALPHA-RLH manager co-organises the day: the scheduler places every accepted meeting.
    const manager = await logIn(accounts[0]!.email, accounts[0]!.password);
    const run = await manager.client.post(`/api/v1/events/${DEMO_B2B_EVENT}/b2b/schedule/run`, { timeLimitSeconds: 1 });
    expect(run.status).toBe(200);
    expect(run.body.unscheduled).toEqual([]);
    const stats = (await manager.client.get(`/api/v1/events/${DEMO_B2B_EVENT}/b2b/stats`)).body;
    expect(stats).toMatchObject({ accepted: 10, scheduled: 10, c2c: 1, c2b: 2 });
  });
});
