import { describe, expect, it } from 'vitest';
import { expectAccessible, JOURNEY_TIMEOUT, pageReady, screenshot, useJourney, visit } from './support';

describe('directory journey', () => {
  const journey = useJourney();

  it(
    'finds a cluster by search, reads it in English and French, and browses partners and upcoming sections',
    async () => {
      const page = await journey.newPage();

      await visit(page, '/', 'Find your partners in European photonics');
      const stats = page.getByRole('definition');
      await expect
        .poll(async () => Number((await stats.first().textContent())?.replace(/\D/g, '')))
        .toBeGreaterThan(0);
      await screenshot(page, 'home-en');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
      await pageReady(page, 'Directory');
      await expect.poll(() => page.getByRole('link', { name: /ALPHA-RLH/ }).count()).toBeGreaterThan(0);
      await expectAccessible(page, 'directory');

      await page.getByLabel('Search', { exact: true }).fill('laser');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/[?&]q=laser/);
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: /match “laser”/ }).isVisible())
        .toBe(true);
      await page.getByRole('link', { name: /ALPHA-RLH/ }).waitFor();
      await expectAccessible(page, 'directory search');
      await screenshot(page, 'directory-search-en');

      const csvLink = page.getByRole('link', { name: 'Export CSV' });
      const csvHref = await csvLink.getAttribute('href');
      expect(csvHref).toContain('q=laser');
      expect(await csvLink.getAttribute('download')).not.toBeNull();
      const csv = await page.request.get(csvHref ?? '');
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');

      await page.getByRole('link', { name: /ALPHA-RLH/ }).click();
      await pageReady(page, /ALPHA-RLH/);
      await page.getByRole('heading', { level: 2, name: 'Cluster figures' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Validation criteria' }).waitFor();
      await page.getByRole('list', { name: 'Technologies' }).getByText('Lasers and laser sources').waitFor();
      await expectAccessible(page, 'organisation detail');
      await screenshot(page, 'detail-en');

      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('heading', { level: 2, name: 'Chiffres du cluster' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      await page.getByRole('list', { name: 'Technologies' }).getByText('Lasers et sources laser').waitFor();

      await page.reload();
      await pageReady(page, /ALPHA-RLH/);
      await page.getByRole('heading', { level: 2, name: 'Présentation' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      await expectAccessible(page, 'organisation detail (fr)');
      await screenshot(page, 'detail-fr');

      const nav = page.getByRole('navigation', { name: 'Principale' });
      await nav.getByRole('button', { name: 'Partenaires' }).click();
      await nav.getByRole('link', { name: 'Hors d’Europe' }).click();
      await pageReady(page, 'Partenaires hors d’Europe');
      await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
      const beyond = await page.getByRole('heading', { level: 3 }).allTextContents();
      expect(beyond.some((name) => /ALPHA-RLH/.test(name))).toBe(false);
      await expectAccessible(page, 'partners beyond Europe (fr)');

      // Events are built now; News is still announced only.
      await nav.getByRole('link', { name: 'Actualités' }).click();
      await pageReady(page, 'Actualités');
      await page.getByText('Bientôt disponible').waitFor();
      await expectAccessible(page, 'coming soon (fr)');

      await visit(page, '/une-page-qui-n-existe-pas', 'Page introuvable');

      await visit(page, '/networks', 'Trouver des réseaux');
      const clusters = (await (await page.request.get('/api/v1/clusters?scope=europe')).json()) as {
        items: { name: string; memberCount: number }[];
      };
      const alpha = clusters.items.find((c) => /ALPHA-RLH/.test(c.name));
      expect(alpha).toBeDefined();
      const card = page.getByRole('article', { name: /ALPHA-RLH/ });
      await card.getByRole('link', { name: /ALPHA-RLH/ }).waitFor();
      await card
        .getByText(new RegExp(`^${alpha?.memberCount ?? 0}\\s+membres?$`))
        .first()
        .waitFor();
      await screenshot(page, 'networks-fr');
    },
    JOURNEY_TIMEOUT,
  );
});
