/**
 * Imports organisations from a CSV or XLSX file into the configured database:
 *   npm run import -- members.csv
 * Columns are mapped from their headers (external_id, name, type, country, region, city, website,
 * description, description_fr, technologies, domains, roles, clusters, …); invalid rows are listed
 * and skipped, valid ones upserted in batches of one transaction each.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openConfiguredDatabase } from '../../db/cli';
import { systemClock } from '../../lib/clock';
import { isAppError } from '../../errors';
import { importFile } from './imports.service';

const path = process.argv[2];
if (!path) {
  console.error('Usage: npm run import -- <file.csv|file.xlsx>');
  process.exit(2);
}
let content: Buffer;
try {
  content = readFileSync(path);
} catch (e) {
  console.error(`Cannot read ${path}: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
}
const database = await openConfiguredDatabase();
try {
  const started = performance.now();
  const result = await importFile({ db: database.db, clock: systemClock }, { filename: basename(path), content });
  for (const e of result.errors.slice(0, 200)) console.error(`row ${e.row}, ${e.column}: ${e.reason}`);
  if (result.errors.length > 200) console.error(`… and ${result.errors.length - 200} more problems`);
  console.log(
    `${result.parsed.rows.length} rows read: ${result.created} organisations created, ${result.updated} updated, ` +
      `${result.parsed.rows.length - result.created - result.updated} skipped (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  if (result.errors.length) process.exitCode = 1;
} catch (e) {
  console.error(isAppError(e) ? `${e.message}${e.details.length ? `: ${e.details.map((d) => d.message).join('; ')}` : ''}` : e);
  process.exitCode = 2;
} finally {
  await database.close();
}
