import { ConfigError, loadConfig } from '../config';
import { openDatabase, type Database } from './client';

/** Opens and migrates the configured database for a command-line tool, with readable config errors. */
export async function openConfiguredDatabase(): Promise<Database> {
  try {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    await database.migrate();
    return database;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
