/**
 * Fills a database with realistic synthetic organisations for benchmarks:
 *   npm run seed:synthetic -- --orgs 100000 [--seed 42]
 * Demo data is loaded first (its clusters are what synthetic organisations join).
 */
import { systemClock } from '../../lib/clock';
import { argValue, openConfiguredDatabase } from '../cli';
import { loadSyntheticOrganisations } from './synthetic-load';

const args = process.argv.slice(2);
const count = Number(argValue(args, 'orgs') ?? '1000');
const seed = Number(argValue(args, 'seed') ?? '42');
if (!Number.isInteger(count) || count < 1 || count > 2_000_000 || !Number.isInteger(seed)) {
  console.error('Usage: npm run seed:synthetic -- --orgs <1..2000000> [--seed <integer>]');
  process.exit(2);
}

const database = await openConfiguredDatabase();
const started = performance.now();
try {
  const { inserted } = await loadSyntheticOrganisations(database.db, systemClock, {
    count,
    seed,
    onProgress: (n) => {
      if (n % 10_000 === 0 || n === count) console.log(`${n} / ${count} organisations (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    },
  });
  console.log(`Inserted ${inserted} synthetic organisations in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await database.close();
}
