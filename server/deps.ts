import type { Config } from './config';
import type { Db } from './db/client';
import type { Clock } from './lib/clock';
import type { Mailer } from './mail/mailer';
import type { JobQueue } from './jobs/queue';

/** Everything a service needs from the outside world, passed in so tests can control it. */
export interface Deps {
  config: Readonly<Config>;
  db: Db;
  dbKind: 'postgres' | 'pglite';
  clock: Clock;
  mailer: Mailer;
  jobs: JobQueue;
}
