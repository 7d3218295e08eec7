// Scratch visual tour (not part of the repo deliverables; deleted after use).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { createApp } from './server/app';
import { testConfig } from './server/config';
import { users } from './server/db/schema';

const handle = await createApp(testConfig({ loadDemoData: true, jobs: { pollMs: 50, enabled: true }, webDistDir: '/nonexistent' }));
const root = join(process.cwd(), 'dist/web');
handle.app.get('/*', (request, reply) => {
  const file = join(root, decodeURIComponent(request.url.split('?')[0] ?? '/'));
  if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'image/svg+xml';
    return reply.type(type).send(readFileSync(file));
  }
  return reply.type('text/html').send(readFileSync(join(root, 'index.html')));
});
await handle.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(handle.app.server.address() as AddressInfo).port}`;

class Client {
  cookie = ''; csrf = '';
  async req(method: string, path: string, body?: unknown) {
    const res = await fetch(base + '/api/v1' + path, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(this.cookie ? { cookie: this.cookie } : {}), ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const set = res.headers.get('set-cookie'); if (set) this.cookie = set.split(';')[0]!;
    const json = await res.json().catch(() => null) as any;
    if (json?.csrfToken) this.csrf = json.csrfToken;
    if (!res.ok) console.log(method, path, res.status, JSON.stringify(json));
    return json;
  }
}
async function user(email: string, name: string, admin = false) {
  const c = new Client();
  await c.req('POST', '/auth/register', { email, password: 'long-password-1', displayName: name, locale: 'en' });
  await new Promise((r) => setTimeout(r, 500));
  const mail = handle.deps.mailer.captured.filter((m) => m.to === email).at(-1)!;
  const token = new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token');
  await c.req('POST', '/auth/verify', { token });
  if (admin) await handle.deps.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.email, email));
  await c.req('POST', '/auth/login', { email, password: 'long-password-1' });
  return c;
}
const manager = await user('manager@example.org', 'Marie Dupont');
const admin = await user('admin@example.org', 'Platform Admin', true);
const joiner = await user('joiner@example.org', 'Jonas Petrauskas');
const cluster = await manager.req('POST', '/organisations', { name: 'Photonics Valley Cluster', type: 'cluster_organisation', country: 'FR', region: 'FRI1', city: 'Bordeaux', listingConsent: true, technologies: ['tech:lasers'], descriptionEn: 'A young photonics cluster.', cluster: { managementFte: 0.3, memberCount: 12, membersCompanies: 10, membersResearch: 0, membersPublic: 2 } });
await manager.req('POST', `/organisations/${cluster.id}/submit`);
await joiner.req('POST', `/organisations/${cluster.id}/join-requests`, { message: 'I lead the lidar team at Portevue and would like to take part in the cluster working groups.' });
const sme = await joiner.req('POST', '/organisations', { name: 'Jonas Optics', type: 'sme', country: 'LT', listingConsent: true });
await joiner.req('POST', `/organisations/${sme.id}/submit`);
await joiner.req('POST', `/clusters/${cluster.id}/members`, { organisationId: sme.id });
const alpha = await manager.req('GET', '/organisations/portevue');
await manager.req('POST', `/clusters/${cluster.id}/members`, { organisationId: alpha.id });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
async function shoot(client: Client, path: string, name: string, width = 1280, action?: (p: import('playwright-core').Page) => Promise<void>) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, baseURL: base });
  if (client.cookie) await ctx.addCookies([{ name: 'lp_session', value: client.cookie.split('=')[1]!, url: base }]);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(path);
  await page.locator('main h1').waitFor();
  if (action) await action(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/tour/${name}.png`, fullPage: true });
  await ctx.close();
  console.log('shot', name);
}
const slug = cluster.slug as string;
await shoot(manager, `/organisations/${slug}`, 'cluster-detail-manager');
await shoot(manager, `/organisations/${slug}/members`, 'members-people');
await shoot(manager, `/organisations/${slug}/members?q=laser`, 'members-cluster');
await shoot(admin, '/admin/clusters', 'admin');
await shoot(admin, '/admin/clusters', 'admin-validate-fail', 1280, async (p) => { await p.getByRole('button', { name: 'Validate' }).first().click(); await p.getByRole('alert').waitFor(); });
await shoot(joiner, '/me', 'me');
await shoot(new Client(), '/login', 'login-error', 1280, async (p) => { await p.getByLabel('E-mail address').fill('x@example.org'); await p.getByLabel('Password').fill('nope'); await p.getByRole('button', { name: 'Log in' }).click(); await p.getByRole('alert').waitFor(); });
await shoot(new Client(), '/organisations?type=sme', 'dir-mobile', 390);
await shoot(new Client(), '/', 'home-mobile-menu', 390, async (p) => { await p.getByRole('button', { name: 'Menu' }).click(); await p.getByRole('button', { name: 'Partners' }).click(); });
await shoot(manager, `/organisations/${slug}/edit`, 'edit-cluster', 1280, async (p) => { await p.getByLabel('Name').fill(''); await p.getByLabel('Website').fill('not a url'); await p.getByRole('button', { name: 'Save changes' }).click(); await p.getByRole('alert').first().waitFor(); });
await browser.close();
await handle.close();
