import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { openDatabase, queryRows, sql, type Database } from './db/client';
import type { Deps } from './deps';
import { frameworkErrors, registerErrorHandler } from './http/error-handler';
import { registerSession } from './http/session';
import { JobQueue } from './jobs/queue';
import { sendEmailJob } from './jobs/send-email.job';
import { savedSearchesDigestJob, scheduleSavedSearchesDigest } from './jobs/saved-searches.job';
import { defineNotificationJobs } from './jobs/notifications.job';
import { systemClock, type Clock } from './lib/clock';
import { createMailer, type Mailer } from './mail/mailer';
import { authRoutes } from './modules/auth/auth.routes';
import { membershipRoutes } from './modules/memberships/memberships.routes';
import { organisationRoutes } from './modules/organisations/organisations.routes';
import { savedSearchRoutes } from './modules/saved-searches/saved-searches.routes';
import { partnerRequestRoutes } from './modules/partner-requests/partner-requests.routes';
import { definePartnerRequestJobs } from './jobs/partner-requests.job';
import { eventReminderJob } from './jobs/events-reminder.job';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { messageRoutes } from './modules/messages/messages.routes';
import { taxonomyRoutes } from './modules/taxonomy/taxonomy.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { clusterRoutes } from './modules/clusters/clusters.routes';
import { offersNeedsRoutes } from './modules/offers-needs/offers-needs.routes';
import { mapRoutes } from './modules/map/map.routes';
import { eventRoutes } from './modules/events/events.routes';
import { b2bRoutes } from './modules/b2b/b2b.routes';
import { b2bExpireRequestsJob } from './jobs/b2b-expire.job';
import { seedDemoData } from './db/seed/demo';
import { seedDemoAccounts, type DemoAccount } from './db/seed/demo-accounts';
import { seedDemoParticipants } from './db/seed/demo-participants';

export interface AppHandle {
  app: FastifyInstance;
  deps: Deps;
  database: Database;
  /** Accounts created with the demo data on this start (empty otherwise), for main.ts to show once. */
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
}

export interface AppOptions {
  /** An already-open database (tests share one per file); otherwise opened from config. */
  database?: Database;
  clock?: Clock;
  mailer?: Mailer;
}

export async function createApp(config: Readonly<Config>, options: AppOptions = {}): Promise<AppHandle> {
  const database = options.database ?? (await openDatabase(config.database));
  const ownsDatabase = !options.database;
  await database.migrate();
  const clock = options.clock ?? systemClock;
  const mailLog = config.env === 'test' ? undefined : join(config.dataDir, 'mail.log');
  const mailer = options.mailer ?? createMailer(config.mail, mailLog);
  const jobs = new JobQueue(database.db, clock);
  const deps: Deps = { config, db: database.db, dbKind: database.kind, clock, mailer, jobs };
  jobs.define(sendEmailJob(database.db, mailer));
  jobs.define(savedSearchesDigestJob(deps));
  definePartnerRequestJobs(jobs, deps);
  jobs.define(b2bExpireRequestsJob(deps));
  jobs.define(eventReminderJob(deps));
  await scheduleSavedSearchesDigest(deps);
  await defineNotificationJobs(deps);

  let demoAccounts: DemoAccount[] = [];
  if (config.loadDemoData) {
    const { inserted } = await seedDemoData(deps);
    if (inserted > 0) {
      demoAccounts = await seedDemoAccounts(deps.db, clock.now());
      await seedDemoParticipants(deps);
    }
  }

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: true,
    bodyLimit: 1_048_576,
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  registerSession(app, deps);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lightpath API',
        description: 'The collaboration platform of European photonics and industrial clusters.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lp_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await queryRows(database.db, sql`select 1 as ok`);
      return { status: 'ok', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });

  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(organisationRoutes(deps));
      await api.register(membershipRoutes(deps));
      await api.register(taxonomyRoutes(deps));
      await api.register(importRoutes(deps));
      await api.register(clusterRoutes(deps));
      await api.register(offersNeedsRoutes(deps));
      await api.register(savedSearchRoutes(deps));
      await api.register(partnerRequestRoutes(deps));
      await api.register(notificationRoutes(deps));
      await api.register(messageRoutes(deps));
      await api.register(mapRoutes(deps));
      await api.register(eventRoutes(deps));
      await api.register(b2bRoutes(deps));
    },
    { prefix: '/api/v1' },
  );

  const indexHtml = join(config.webDistDir, 'index.html');
  const hasWeb = existsSync(indexHtml);
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: every other GET outside the API gets index.html.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}`, details: [] } });
  });

  if (config.jobs.enabled) jobs.start(config.jobs.pollMs, (e) => app.log.error({ err: e }, 'job worker error'));

  return {
    app,
    deps,
    database,
    demoAccounts,
    async close() {
      await jobs.stop();
      await app.close();
      if (ownsDatabase) await database.close();
    },
  };
}
