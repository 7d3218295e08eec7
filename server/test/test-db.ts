import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readTestEnv } from '../config';
import { openDatabase, type Database } from '../db/client';

const env = readTestEnv();
export const testDbKind = env.testDbKind;
export const adminUrl = env.testDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The template's name changes with the migrations, so a stale template is never reused. */
export function templateName(): string {
  const dir = fileURLToPath(new URL('../db/migrations', import.meta.url));
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) hash.update(readFileSync(`${dir}/${f}`));
  return `lightpath_tpl_${hash.digest('hex').slice(0, 12)}`;
}

export async function adminQuery(sqlText: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sqlText);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template database once per suite run (global setup). */
export async function ensureTemplate(): Promise<void> {
  const name = templateName();
  const exists = await adminQuery(`select 1 from pg_database where datname = '${name}'`);
  if (exists.rowCount) return;
  const building = `${name}_build_${process.pid}`;
  await adminQuery(`create database ${building}`);
  const db = await openDatabase({ kind: 'postgres', url: withDatabase(adminUrl, building) });
  try {
    await db.migrate();
  } finally {
    await db.close();
  }
  // Renaming a finished build makes the template appear atomically for concurrent suites.
  await adminQuery(`alter database ${building} rename to ${name}`).catch(async () => adminQuery(`drop database if exists ${building}`));
}

export interface TestDatabase {
  database: Database;
  drop(): Promise<void>;
}

/** Each test file gets its own database: a copy of the template on PostgreSQL, a fresh PGlite otherwise. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    return { database, drop: () => database.close() };
  }
  const name = `lightpath_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create database ${name} template ${templateName()}`);
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(adminUrl, name) });
  return {
    database,
    async drop() {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
