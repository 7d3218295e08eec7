import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, JOURNEY_TIMEOUT, pageReady, screenshot, useJourney } from './support';

/** CSV rows as arrays of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (quoted || c !== '\r') {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('discovery map journey', () => {
  const journey = useJourney();

  it(
    'searches the directory, ticks a facet, opens the map of the same search, selects a region and exports its organisations',
    async () => {
      const page = await journey.newPage();

      await page.goto('/organisations');
      await pageReady(page, 'Directory');
      await page.getByLabel('Search', { exact: true }).fill('laser');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/[?&]q=laser/);
      await page.getByRole('heading', { level: 2, name: /match “laser”/ }).waitFor();
      // The facets are rebuilt for the new search: tick France once they show this search's counts.
      await page.getByRole('link', { name: /ALPHA-RLH/ }).waitFor();
      await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^France/ }).click();
      await page.waitForURL(/[?&]country=FR/);

      await page.getByRole('link', { name: 'Show on map' }).click();
      await page.waitForURL((url) => url.pathname === '/map');
      await pageReady(page, 'Map of organisations');
      const mapUrl = new URL(page.url());
      expect(mapUrl.searchParams.get('q')).toBe('laser');
      expect(mapUrl.searchParams.getAll('country')).toEqual(['FR']);
      const filters = page.getByRole('region', { name: 'Current search' });
      await filters.getByText('“laser”').waitFor();
      await filters.getByText('France').waitFor();

      // The map counts the search everywhere but its country, which is the selection.
      const counts = (await (await page.request.get('/api/v1/organisations/map?q=laser')).json()) as {
        organisations: { regions: { code: string; count: number }[] };
      };
      const aquitaine = counts.organisations.regions.find((r) => r.code === 'FRI1')!;
      expect(aquitaine.count).toBeGreaterThan(0);
      const region = page.getByRole('button', { name: /^Aquitaine \(France\): \d+ organisation/ });
      expect(await region.getAttribute('aria-label')).toContain(`${aquitaine.count} organisation`);
      await expectAccessible(page, 'map of a search');
      await screenshot(page, 'map-search');
      await page.locator('.europe-map__svg').screenshot({ path: 'test-results/map-svg.png' });

      await region.click();
      await page.waitForURL(/[?&]region=FRI1/);
      expect(new URL(page.url()).searchParams.get('country')).toBeNull();
      expect(new URL(page.url()).searchParams.get('q')).toBe('laser');
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${aquitaine.count} organisations? match`) }).waitFor();
      expect(await region.getAttribute('aria-pressed')).toBe('true');
      const cards = page.getByRole('region', { name: /organisations? match/ }).getByRole('article');
      await expect.poll(() => cards.count()).toBe(Math.min(aquitaine.count, 12));
      for (const place of await page.locator('.org-card__place').allTextContents()) expect(place).toContain('Aquitaine');
      await filters.getByText('Aquitaine').waitFor();

      // Keyboard: Enter and Space toggle the focused region.
      await region.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
      await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('FRI1');
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${aquitaine.count} organisations? match`) }).waitFor();

      // The table alternative, shown on request and sortable.
      await page.getByRole('button', { name: 'Show the map as a table' }).click();
      const table = page.getByRole('table');
      await table.waitFor({ state: 'visible' });
      const row = table.getByRole('row', { name: /Aquitaine/ });
      await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe(String(aquitaine.count));
      await table.getByRole('button', { name: 'Region', exact: true }).click();
      expect(await table.getByRole('columnheader', { name: 'Region' }).getAttribute('aria-sort')).toBe('ascending');
      await expectAccessible(page, 'map with a region selected and the table shown');
      await screenshot(page, 'map-region');

      // Export: the CSV holds exactly the filtered organisations.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
      const csv = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim());
      const [header, ...rows] = csv;
      expect(header).toContain('region');
      expect(rows).toHaveLength(aquitaine.count);
      const regionColumn = header!.indexOf('region');
      for (const r of rows) expect(r[regionColumn]).toBe('FRI1');
      expect(rows.some((r) => /ALPHA-RLH/.test(r[header!.indexOf('name')]!))).toBe(true);

      // The partnerships layer says plainly that it is empty.
      await page.getByRole('radio', { name: 'Strategic partnerships' }).click();
      await expect.poll(() => page.getByRole('radio', { name: 'Strategic partnerships' }).isChecked()).toBe(true);
      await page.getByText('No strategic partnership is recorded on Lightpath yet', { exact: false }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Strategic partnerships taken part in' }).waitFor();
      await expectAccessible(page, 'partnerships layer');

      // Countries level: selecting a country replaces the region.
      await page.getByRole('radio', { name: 'Countries' }).click();
      await expect.poll(() => page.getByRole('radio', { name: 'Countries' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: /^Lithuania: / }).click();
      await page.waitForURL(/[?&]country=LT/);
      expect(new URL(page.url()).searchParams.get('region')).toBeNull();
      await pageReady(page, 'Map of organisations');
      await screenshot(page, 'map-countries');

      // In French: the page, the legend and the areas' labels.
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('heading', { level: 1, name: 'Carte des organisations' }).waitFor();
      await page.getByRole('radio', { name: 'Les organisations de la recherche' }).click();
      await expect.poll(() => page.getByRole('radio', { name: 'Les organisations de la recherche' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: /^Lituanie : \d+ organisations?/ }).waitFor();
      await expectAccessible(page, 'map (fr)');
    },
    JOURNEY_TIMEOUT,
  );
});
