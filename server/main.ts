import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { describeDemoAccounts } from './db/seed/demo-accounts';
import { directoryIndex } from './modules/organisations/directory-index.repository';

const started = performance.now();
let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

const handle = await createApp(config);
await handle.app.listen({ port: config.port, host: config.host });
const where = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir}`;
if (handle.demoAccounts.length) {
  // Shown once, when the demo data is loaded; kept next to the embedded database for later.
  const text = describeDemoAccounts(handle.demoAccounts);
  console.log(text);
  if (config.database.kind === 'pglite') {
    const file = join(config.dataDir, 'demo-accounts.txt');
    writeFileSync(file, text, { mode: 0o600 });
    console.log(`(also written to ${file})`);
  }
}
// Loads the directory search index now rather than on the first search (~14 s at 100 000 organisations).
directoryIndex(handle.deps.db).catch((e: unknown) => handle.app.log.error({ err: e }, 'directory index load failed'));
console.log(`Lightpath is running at ${config.publicUrl} on ${where} (ready in ${Math.round(performance.now() - started)} ms)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void handle.close().then(() => process.exit(0));
  });
}
