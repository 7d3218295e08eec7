/**
 * `npm test`: typecheck, lint, unit tests, integration tests on PostgreSQL and again on PGlite
 * (parity), then browser journeys. Prints each stage and a final "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { readTestEnv } from '../server/config';

const env = readTestEnv();
const adminUrl = env.testDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const reportsDir = '.vitest-reports';

interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
  report?: string;
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function ensureChromium(): void {
  if (existsSync(env.chromiumPath)) return;
  if (process.getuid?.() === 0) {
    console.log(`${env.chromiumPath} is missing: installing Debian's chromium…`);
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (update.status === 0 && install.status === 0 && existsSync(env.chromiumPath)) return;
  }
  console.error(`Chromium is needed for the browser journeys. Run:\n  sudo apt-get update && sudo apt-get install -y chromium`);
  process.exit(1);
}

const vitest = (project: string, report: string) => [
  'npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reportsDir}/${report}.json`,
];

const onPostgres = await postgresAnswers();
if (!onPostgres) console.log(`PostgreSQL does not answer at ${adminUrl.replace(/\/\/[^@]*@/, '//')}: running the integration suite on PGlite only.`);
ensureChromium();

const stages: Stage[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'unit', command: vitest('unit', 'unit'), report: 'unit' },
  ...(onPostgres
    ? [{ name: 'integration (PostgreSQL)', command: vitest('integration', 'integration-postgres'), env: { LIGHTPATH_TEST_DB: 'postgres', TEST_DATABASE_URL: adminUrl }, report: 'integration-postgres' }]
    : []),
  { name: 'integration (PGlite parity)', command: vitest('integration', 'integration-pglite'), env: { LIGHTPATH_TEST_DB: 'pglite' }, report: 'integration-pglite' },
  { name: 'build web', command: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  { name: 'e2e (Chromium)', command: vitest('e2e', 'e2e'), report: 'e2e' },
];

rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const summary: string[] = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const result = spawnSync(stage.command[0]!, stage.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = '';
  if (stage.report && existsSync(`${reportsDir}/${stage.report}.json`)) {
    const r = JSON.parse(readFileSync(`${reportsDir}/${stage.report}.json`, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    counts = ` ${r.numPassedTests} passed, ${r.numFailedTests} failed`;
  }
  const ok = result.status === 0;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${stage.name} (${seconds} s)${counts}`);
  if (!ok) {
    if (!stage.report) failed += 1;
    console.error(`\nStage "${stage.name}" failed.`);
    break;
  }
}
console.log(`\n=== summary ===\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
// Nothing is skipped on purpose: a skipped test means a file did not really run, so it fails the suite.
if (skipped > 0) console.error(`${skipped} tests were skipped: every test must run.`);
process.exit(failed > 0 || skipped > 0 || summary.some((s) => s.startsWith('FAIL')) ? 1 : 0);
