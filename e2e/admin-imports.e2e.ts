import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectAccessible,
  JOURNEY_TIMEOUT,
  pageReady,
  screenshot,
  signUp,
  useJourney,
  visit,
} from './support';

interface ListAnswer {
  total: number;
  items: { name: string; slug: string }[];
}

/** A word no demo organisation uses, so searches find only what the journey created. */
const token = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 7)}`;

async function uploadFile(page: Page, filename: string, content: Buffer, mimeType = 'text/csv') {
  await page.getByLabel('CSV or XLSX file').setInputFiles({ name: filename, mimeType, buffer: content });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await page.getByRole('heading', { level: 2, name: `Preview of ${filename}` }).waitFor();
  await pageReady(page, 'Import organisations');
}

describe('admin import, directory search, duplicate warning and merge journeys', () => {
  const journey = useJourney();

  it(
    'imports a CSV: sees the bad row, cancels without writing, then commits and finds the organisations',
    async () => {
      const admin = await signUp(journey, 'Ines Admin', { platformAdmin: true });
      const page = admin.page;
      const word = token('Qorvanix');
      // "Location" is not a name the importer recognises: the admin maps it to "city" by hand.
      const csv = [
        'external_id,name,type,country,Location,website,technologies,roles,listing_consent',
        `${word}-1,${word} Photonics,sme,FR,Limoges,https://${word}-photonics.example.org,femtosecond laser,component_supplier,yes`,
        `${word}-2,${word} Atlantis Optics,sme,Atlantis,Nowhere,https://${word}-atlantis.example.org,,rnd,yes`,
        `${word}-3,${word} Research Lab,research_organisation,IT,Torino,https://${word}-lab.example.org,integrated photonics,rnd,yes`,
      ].join('\n');

      await visit(page, '/', 'Find your partners in European photonics');
      await page.getByRole('button', { name: /Account menu/ }).click();
      await page.getByRole('link', { name: 'Import organisations' }).click();
      await pageReady(page, 'Import organisations');
      await expectAccessible(page, 'import upload');
      const template = page.getByRole('link', { name: 'Download the CSV template' });
      const templateHref = (await template.getAttribute('href')) ?? '';
      expect(decodeURIComponent(templateHref)).toContain(
        'external_id,name,type,country,region,city,website,description,description_fr,technologies,domains,s3_areas,roles,keywords,clusters,listing_consent',
      );

      // The template's example rows import cleanly (the clusters it names are in the demo directory).
      const templateCsv = decodeURIComponent(templateHref.replace(/^data:text\/csv;charset=utf-8,/, ''));
      await uploadFile(page, 'template.csv', Buffer.from(templateCsv));
      await page.getByText('Every row is valid.').waitFor();
      await page.getByRole('button', { name: 'Cancel the import' }).click();
      await page.getByRole('button', { name: 'Yes, cancel' }).click();
      await page.getByRole('heading', { level: 2, name: 'Import cancelled' }).waitFor();
      await page.getByRole('link', { name: 'Upload a file' }).click();
      await pageReady(page, 'Import organisations');

      // XLSX goes through the same preview.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Members');
      sheet.addRow(['name', 'type', 'country']);
      sheet.addRow([`${word} Sheet Optics`, 'sme', 'DE']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      await uploadFile(
        page,
        'members.xlsx',
        xlsx,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      await page.getByText('Every row is valid.').waitFor();
      expect(await page.getByLabel('Field for the column “name”').inputValue()).toBe('name');
      await page.getByRole('button', { name: 'Cancel the import' }).click();
      await page.getByRole('button', { name: 'Yes, cancel' }).click();
      await page.getByRole('link', { name: 'Upload a file' }).click();
      await pageReady(page, 'Import organisations');

      await uploadFile(page, 'members.csv', Buffer.from(csv));
      const summary = page.getByRole('region', { name: 'Preview of members.csv' });
      await expect
        .poll(() => summary.getByText('Rows in the file').locator('xpath=..').textContent())
        .toContain('3');
      const errors = page.getByRole('table', { name: 'Rows that will be skipped, with the reason' });
      const badRow = errors.getByRole('row').filter({ hasText: 'Atlantis' });
      await expect.poll(() => badRow.count()).toBe(1);
      expect(await badRow.getByRole('cell').first().textContent()).toBe('3');
      expect(await badRow.getByRole('cell').nth(1).textContent()).toBe('country');
      const cityField = page.getByLabel('Field for the column “Location”');
      expect(await cityField.inputValue()).toBe('');
      await expectAccessible(page, 'import preview');
      await screenshot(page, 'import-preview');

      // Cancel: nothing is written.
      const importId = new URL(page.url()).searchParams.get('import');
      await page.getByRole('button', { name: 'Cancel the import' }).click();
      await page.getByRole('button', { name: 'Yes, cancel' }).click();
      await page.getByRole('heading', { level: 2, name: 'Import cancelled' }).waitFor();
      await expectAccessible(page, 'import cancelled');
      const afterCancel = await admin.api<ListAnswer>('GET', `/organisations?q=${word}&facets=false`);
      expect(afterCancel.total).toBe(0);
      const cancelled = await admin.api<{ status: string; result: unknown }>('GET', `/imports/${importId}`);
      expect(cancelled).toMatchObject({ status: 'cancelled', result: null });

      // Upload again, map "Location" to city, commit.
      await page.getByRole('link', { name: 'Upload a file' }).click();
      await pageReady(page, 'Import organisations');
      await uploadFile(page, 'members.csv', Buffer.from(csv));
      await page.getByLabel('Field for the column “Location”').selectOption('city');
      await page.getByRole('button', { name: 'Apply the mapping' }).click();
      await page.getByText('Mapping applied: every row was checked again.').waitFor();
      await page.getByRole('button', { name: 'Import 2 organisations' }).click();
      await page.getByRole('button', { name: 'Yes, import' }).click();
      const done = page.getByRole('region', { name: 'Import finished' });
      await done.waitFor();
      await expect
        .poll(() => done.getByText('Created', { exact: true }).locator('xpath=..').textContent())
        .toContain('2');
      expect(await done.getByText('Skipped (rows with errors)').locator('xpath=..').textContent()).toContain(
        '1',
      );
      await expectAccessible(page, 'import result');
      await screenshot(page, 'import-result');

      const imported = await admin.api<ListAnswer>('GET', `/organisations?q=${word}&facets=false`);
      expect(imported.items.map((o) => o.name).sort()).toEqual([`${word} Photonics`, `${word} Research Lab`]);
      const photonics = await admin.api<{ city: string | null }>(
        'GET',
        `/organisations/${imported.items.find((o) => o.name.endsWith('Photonics'))?.slug ?? ''}`,
      );
      expect(photonics.city).toBe('Limoges');

      await visit(page, `/organisations?q=${word}`, 'Directory');
      await page.getByRole('link', { name: `${word} Photonics` }).waitFor();
      await page.getByRole('link', { name: `${word} Research Lab` }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'searches the directory with text, a facet and a sort, keeps it all in the URL across a reload, and loads more',
    async () => {
      const page = await journey.newPage();
      await visit(page, '/organisations', 'Directory');
      const cards = page.locator('.org-card');
      await expect.poll(() => cards.count()).toBe(12);
      await page.getByRole('button', { name: 'Show more organisations' }).click();
      await expect.poll(() => cards.count()).toBeGreaterThan(12);

      // Typing searches by itself after a pause: one request for the whole word, no button needed.
      const textSearches: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === '/api/v1/organisations' && url.searchParams.has('q'))
          textSearches.push(url.search);
      });
      await page.getByLabel('Search', { exact: true }).pressSequentially('laser', { delay: 30 });
      await page.waitForURL(/[?&]q=laser/);
      await page.getByRole('heading', { level: 2, name: /match “laser”/ }).waitFor();
      expect(textSearches).toHaveLength(1);
      expect(textSearches[0]).toContain('q=laser');
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /organisations? found/ })
            .textContent(),
        )
        .toMatch(/\d+ organisations? found/);

      const types = page.getByRole('group', { name: 'Type of organisation' });
      const sme = types.getByRole('checkbox', { name: /^SME/ });
      const smeLabel = (await types.getByText(/^SME/).textContent()) ?? '';
      const smeCount = Number(/\((\d+)\)/.exec(smeLabel)?.[1]);
      expect(smeCount).toBeGreaterThan(0);
      await sme.check();
      await page.waitForURL(/[?&]type=sme/);
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: /match “laser”/ }).textContent())
        .toContain(`${smeCount} organisation`);

      // The technology facet is a tree: open a branch and tick a narrower technology.
      const technologies = page.getByRole('group', { name: 'Technology' });
      await technologies
        .getByRole('button', { name: /^Show the technologies under/ })
        .first()
        .click();
      const child = technologies
        .locator('.facet-tree__children:not([hidden]) input[type="checkbox"]')
        .first();
      const childId = (await child.getAttribute('id')) ?? '';
      await child.check();
      await page.waitForURL(/[?&]technology=tech/);

      await page.getByLabel('Sort by').selectOption('name');
      await page.waitForURL(/[?&]sort=name/);
      await pageReady(page, 'Directory');
      await expectAccessible(page, 'directory with facets');
      await screenshot(page, 'directory-facets');

      const mapHref = await page.getByRole('link', { name: 'Show on map' }).getAttribute('href');
      const url = new URL(page.url());
      expect(mapHref).toBe(`/map${url.search}`);

      await page.reload();
      await pageReady(page, 'Directory');
      expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('laser');
      expect(
        await page
          .getByRole('group', { name: 'Type of organisation' })
          .getByRole('checkbox', { name: /^SME/ })
          .isChecked(),
      ).toBe(true);
      expect(await page.locator(`#${childId}`).isChecked()).toBe(true);
      expect(await page.getByLabel('Sort by').inputValue()).toBe('name');

      // Back undoes the last change (the sort).
      await page.goBack();
      await page.waitForURL((u) => !u.search.includes('sort='));
      await expect.poll(() => page.getByLabel('Sort by').inputValue()).toBe('relevance');

      // The same page in French: facet legends, counts and the live region are translated.
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('heading', { level: 2, name: 'Filtres' }).waitFor();
      await page
        .getByRole('group', { name: 'Type d’organisation' })
        .getByRole('checkbox', { name: /^PME/ })
        .waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'Voir sur la carte' }).count()).toBe(1);
      await expectAccessible(page, 'directory with facets (fr)');
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'warns about a likely duplicate before creating an organisation, then creates it when told to',
    async () => {
      const { page } = await signUp(journey, 'Paul Creator');
      await visit(page, '/organisations/new', 'Add an organisation');
      await page.getByLabel('Name').fill('Alpha RLH Laser Lab');
      await page.getByLabel('Type of organisation').selectOption('research_organisation');
      await page.getByLabel('Country').selectOption('FR');
      await page.getByLabel('Website').fill('https://www.alpha-rlh.com/lab');
      await page.getByRole('button', { name: 'Create the profile' }).click();

      const warning = page.getByRole('status').filter({ hasText: 'This organisation may already be listed' });
      await warning.waitFor();
      const existing = warning.getByRole('link', { name: /ALPHA-RLH/ });
      await existing.waitFor();
      expect(await warning.textContent()).toContain('same website domain');
      expect(page.url()).toContain('/organisations/new');
      await expectAccessible(page, 'duplicate warning');
      await screenshot(page, 'duplicate-warning');

      await warning.getByRole('button', { name: 'No, create a new organisation' }).click();
      await pageReady(page, 'Alpha RLH Laser Lab');
      await page.getByText('Organisation created').waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'merges a duplicate organisation into another: sees what moves, confirms, and the duplicate is gone',
    async () => {
      const admin = await signUp(journey, 'Marta Admin', { platformAdmin: true });
      const page = admin.page;
      const word = token('Kestrel');
      const create = async (body: Record<string, unknown>) => {
        const o = await admin.api<{ id: string; slug: string }>('POST', '/organisations', {
          type: 'sme',
          country: 'FR',
          listingConsent: true,
          ...body,
        });
        await admin.api('POST', `/organisations/${o.id}/submit`);
        return o;
      };
      const survivor = await create({ name: `${word} Optics`, technologies: ['tech:lasers'] });
      const duplicate = await create({
        name: `${word} Optics SAS`,
        city: 'Pessac',
        website: `https://${word.toLowerCase()}.example.org`,
        applicationDomains: ['domain:health'],
      });

      await visit(page, '/', 'Find your partners in European photonics');
      await page.getByRole('button', { name: /Account menu/ }).click();
      await page.getByRole('link', { name: 'Duplicates and merge' }).click();
      await pageReady(page, 'Merge duplicate organisations');
      const pairs = page.getByRole('region', { name: /Likely duplicates among the \d+ newest/ });
      await pairs
        .getByRole('link', { name: `Review the pair ${word} Optics SAS and ${word} Optics` })
        .waitFor();
      await expectAccessible(page, 'merge page');

      const duplicatePicker = page.getByRole('group', { name: 'Duplicate (merged, then deleted)' });
      await duplicatePicker.getByLabel('Search by name').fill(`${word} Optics SAS`);
      await duplicatePicker.getByRole('button', { name: `Choose ${word} Optics SAS` }).click();
      await page.waitForURL(/duplicate=/);
      await page
        .getByRole('heading', { level: 2, name: `Likely duplicates of ${word} Optics SAS` })
        .waitFor();
      await page.getByRole('button', { name: `Keep ${word} Optics and merge the duplicate into it` }).click();
      await page.waitForURL(/into=/);

      const preview = page.getByRole('region', { name: 'What will happen' });
      await preview.waitFor();
      const text = (await preview.textContent()) ?? '';
      expect(text).toContain('City: Pessac');
      expect(text).toContain(`${word} Optics SAS is deleted.`);
      await expectAccessible(page, 'merge preview');
      await screenshot(page, 'merge-preview');

      await page.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.getByRole('button', { name: 'Yes, merge' }).click();
      await page.getByText(`${word} Optics SAS was merged into ${word} Optics.`).waitFor();
      await expectAccessible(page, 'merge done');

      const gone = await page.request.get(`/api/v1/organisations/${duplicate.slug}`);
      expect(gone.status()).toBe(404);
      const kept = await admin.api<{
        city: string | null;
        technologies: string[];
        applicationDomains: string[];
      }>('GET', `/organisations/${survivor.slug}`);
      expect(kept.city).toBe('Pessac');
      expect(kept.technologies).toContain('tech:lasers');
      expect(kept.applicationDomains).toContain('domain:health');
    },
    JOURNEY_TIMEOUT,
  );
});
