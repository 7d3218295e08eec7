import { openConfiguredDatabase } from './cli';

const database = await openConfiguredDatabase();
console.log(`Migrations applied (${database.kind}).`);
await database.close();
