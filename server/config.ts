import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once at boot; every bad key is listed before exiting,
 * and the frozen result is passed to createApp so tests never touch the environment.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  LIGHTPATH_DATA_DIR: z.string().default('./data'),
  LIGHTPATH_DEMO_DATA: booleanString.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Lightpath <no-reply@lightpath.local>'),
  COOKIE_SECURE: booleanString.optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
});

export type MailConfig =
  | { transport: 'smtp'; url: string; from: string }
  /** Development and tests: messages are kept in memory and written to the data dir's mail log. */
  | { transport: 'capture'; from: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  /** Local files: the embedded database, the development mail log. */
  dataDir: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  loadDemoData: boolean;
  logLevel: string;
  mail: MailConfig;
  cookieSecure: boolean;
  sessionDays: number;
  /** Folder of the built web app served by the API server. */
  webDistDir: string;
  jobs: { pollMs: number; enabled: boolean };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const port = e.PORT;
  const config: Config = {
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir: resolve(e.LIGHTPATH_DATA_DIR),
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(e.LIGHTPATH_DATA_DIR, 'pglite') },
    loadDemoData: e.LIGHTPATH_DEMO_DATA,
    logLevel: e.LOG_LEVEL,
    mail: e.SMTP_URL
      ? { transport: 'smtp', url: e.SMTP_URL, from: e.SMTP_FROM }
      : { transport: 'capture', from: e.SMTP_FROM },
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    sessionDays: e.SESSION_DAYS,
    webDistDir: resolve('dist/web'),
    jobs: { pollMs: 1000, enabled: true },
  };
  return Object.freeze(config);
}

/** Test and benchmark helpers build a config without reading the environment. */
export function testConfig(overrides: Partial<Config> = {}): Readonly<Config> {
  return Object.freeze({
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://localhost:3000',
    dataDir: resolve('data/test'),
    database: { kind: 'pglite', dataDir: null },
    loadDemoData: false,
    logLevel: 'silent',
    mail: { transport: 'capture', from: 'Lightpath <no-reply@lightpath.test>' },
    cookieSecure: false,
    sessionDays: 30,
    webDistDir: resolve('dist/web'),
    jobs: { pollMs: 50, enabled: false },
    ...overrides,
  } satisfies Config);
}

/** Read by test setup and scripts: the database the integration suite uses. */
export function readTestEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    testDatabaseUrl: env.TEST_DATABASE_URL,
    testDbKind: env.LIGHTPATH_TEST_DB === 'pglite' ? ('pglite' as const) : ('postgres' as const),
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ci: env.CI === 'true',
  };
}
