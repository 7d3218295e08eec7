import { systemClock } from '../../lib/clock';
import { openConfiguredDatabase } from '../cli';
import { seedDemoData } from './demo';
import { describeDemoAccounts, seedDemoAccounts } from './demo-accounts';

const database = await openConfiguredDatabase();
const { inserted } = await seedDemoData({ db: database.db, clock: systemClock });
console.log(inserted ? `Loaded ${inserted} demo organisations.` : 'The database already has organisations: demo data not loaded.');
if (inserted) console.log(describeDemoAccounts(await seedDemoAccounts(database.db, systemClock.now())));
await database.close();
