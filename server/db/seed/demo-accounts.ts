import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { organisationMembers, organisations, users } from '../schema';
import { hashPassword } from '../../lib/passwords';

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  /** What the account can try, in a few words (printed next to it). */
  role: string;
}

/** One account per way of using the demo: the lead cluster of PIMI and co-organiser, an SME, a platform admin. */
const DEMO_ACCOUNTS: readonly {
  email: string;
  displayName: string;
  organisation: string | null;
  platformAdmin: boolean;
  role: string;
}[] = [
  {
    email: 'manager@alpha-rlh.demo.lightpath.example',
    displayName: 'Camille Laurent (ALPHA-RLH)',
    organisation: 'alpha-rlh',
    platformAdmin: false,
    role: 'admin of ALPHA-RLH: the PIMI partner request and its Matches, co-organiser of the Photonics for health day and its B2B',
  },
  {
    email: 'ceo@orvalis-lasers.demo.lightpath.example',
    displayName: 'Marc Dubreuil (Orvalis Lasers)',
    organisation: 'orvalis-lasers',
    platformAdmin: false,
    role: 'admin of Orvalis Lasers, an SME: express interest in PIMI, register for events, request B2B meetings',
  },
  {
    email: 'admin@demo.lightpath.example',
    displayName: 'Platform administrator',
    organisation: null,
    platformAdmin: true,
    role: 'platform admin: validate clusters, import organisations, merge duplicates, handle reports',
  },
];

/**
 * Demo accounts for the demo directory, with passwords drawn at random for this database (never
 * written in the repository): returned so the caller can show them once. Runs after seedDemoData on
 * a database it has just filled; a database that already has one of these addresses is left alone.
 */
export async function seedDemoAccounts(db: Db, now: Date): Promise<DemoAccount[]> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const existing = await db.select({ id: users.id }).from(users).where(inArray(users.email, emails)).limit(1);
  if (existing.length) return [];
  const prepared = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => {
      const password = randomBytes(12).toString('base64url');
      return { ...a, password, passwordHash: await hashPassword(password) };
    }),
  );
  return db.transaction(async (tx) => {
    const accounts: DemoAccount[] = [];
    for (const a of prepared) {
      const [user] = await tx
        .insert(users)
        .values({
          email: a.email,
          passwordHash: a.passwordHash,
          displayName: a.displayName,
          emailVerifiedAt: now,
          isPlatformAdmin: a.platformAdmin,
        })
        .returning({ id: users.id });
      if (a.organisation) {
        const [organisation] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.externalId, `demo:${a.organisation}`));
        if (!organisation) throw new Error(`Demo organisation ${a.organisation} is missing`);
        await tx.insert(organisationMembers).values({
          organisationId: organisation.id,
          userId: user!.id,
          role: 'admin',
          status: 'active',
        });
      }
      accounts.push({ email: a.email, password: a.password, displayName: a.displayName, role: a.role });
    }
    return accounts;
  });
}

/** The accounts as lines to print or write next to the data. */
export function describeDemoAccounts(accounts: readonly DemoAccount[]): string {
  return [
    'Lightpath demo accounts (passwords drawn for this database only):',
    ...accounts.map((a) => `  ${a.email}  ${a.password}  — ${a.role}`),
    '',
  ].join('\n');
}
