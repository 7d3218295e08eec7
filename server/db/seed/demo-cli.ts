/**
 * `npm run seed:demo`: loads the demo data (organisations, events, partner requests, offers and needs,
 * demo accounts and the health day's participants) into an empty database, the same way `npm start`
 * does on its first start, and prints the demo accounts.
 */
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { describeDemoAccounts } from './demo-accounts';

const config = loadConfig();
const handle = await createApp({ ...config, loadDemoData: true, jobs: { ...config.jobs, enabled: false } });
console.log(
  handle.demoAccounts.length
    ? describeDemoAccounts(handle.demoAccounts)
    : 'The database already has organisations: demo data not loaded.',
);
await handle.close();
