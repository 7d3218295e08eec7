/** Promotes a registered user to platform administrator: `npm run user:make-admin -- someone@example.eu`. */
import { eq } from 'drizzle-orm';
import { openConfiguredDatabase } from '../server/db/cli';
import { users } from '../server/db/schema';

const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error('Usage: npm run user:make-admin -- <e-mail of a registered user>');
  process.exit(2);
}
const database = await openConfiguredDatabase();
const updated = await database.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.email, email)).returning({ id: users.id });
await database.close();
if (updated.length === 0) {
  console.error(`No user with e-mail ${email}: register first, then run this again.`);
  process.exit(1);
}
console.log(`${email} is now a platform administrator.`);
