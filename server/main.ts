import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';

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
console.log(`Lightpath is running at ${config.publicUrl} on ${where} (ready in ${Math.round(performance.now() - started)} ms)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void handle.close().then(() => process.exit(0));
  });
}
