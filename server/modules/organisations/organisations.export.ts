import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { OrganisationListQuerySchema, SearchHit } from '../../../contracts/organisations';
import type { Deps } from '../../deps';
import { listOrganisations } from './organisations.service';

/** Same columns as the import format, so an export can be edited and imported back. */
const COLUMNS = ['id', 'name', 'type', 'country', 'region', 'region_name', 'city', 'description', 'description_fr', 'technologies', 'domains', 'roles', 'url'] as const;
const MAX_EXPORT_ROWS = 100_000;
const PAGE = 1000;

function row(o: SearchHit, publicUrl: string): string[] {
  return [
    o.id,
    o.name,
    o.type,
    o.countryCode,
    o.regionCode ?? '',
    o.regionName ?? '',
    o.city ?? '',
    o.descriptionEn ?? '',
    o.descriptionFr ?? '',
    o.technologies.join(';'),
    o.applicationDomains.join(';'),
    o.valueChainRoles.join(';'),
    `${publicUrl}/organisations/${o.slug}`,
  ];
}

/** Every organisation matching the search, in the search's order, paged through the same service as the list. */
async function allRows(deps: Deps, query: z.output<typeof OrganisationListQuerySchema>): Promise<string[][]> {
  const rows: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listOrganisations(deps, { ...query, facets: false, limit: PAGE, cursor });
    rows.push(...page.items.map((o) => row(o, deps.config.publicUrl)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < MAX_EXPORT_ROWS);
  return rows;
}

export async function exportOrganisations(
  deps: Deps,
  query: z.output<typeof OrganisationListQuerySchema>,
  format: 'csv' | 'xlsx',
): Promise<Buffer> {
  const rows = await allRows(deps, query);
  if (format === 'csv') {
    // A BOM so spreadsheet software opens accented names as UTF-8.
    return Buffer.from(`\uFEFF${stringify([[...COLUMNS], ...rows])}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Organisations');
  sheet.addRow([...COLUMNS]).font = { bold: true };
  sheet.addRows(rows);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 24));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
