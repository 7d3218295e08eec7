/** Prints the OpenAPI 3.1 document generated from the contracts: `npm run --silent openapi > openapi.json`. */
import { createApp } from '../server/app';
import { testConfig } from '../server/config';

const handle = await createApp(testConfig());
await handle.app.ready();
process.stdout.write(`${JSON.stringify(handle.app.swagger(), null, 2)}\n`);
await handle.close();
