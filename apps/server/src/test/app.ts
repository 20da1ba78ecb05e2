import type { Logger } from 'pino';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { App } from '../platform/http/app-plugin.ts';
import { createLogger } from '../platform/logger.ts';
import { createMailer } from '../platform/mail/outbox.ts';
import type { DomainModule } from '../platform/module.ts';
import { connectRedis, type RedisConnection } from '../platform/redis.ts';
import { createTestDatabase } from './database.ts';
import { atEndOfFile } from './cleanup.ts';
import { noteUnlistedErrors } from './listed-errors.ts';

type TestAppOptions = {
  database?: Database;
  redis?: RedisConnection;
  config?: Partial<Config>;
  /** What the app logs with; a silent one unless given (a test that reads the logs brings its own). */
  logger?: Logger;
  /** The domains to register, when not the platform's own (a test adds a fixture module). */
  modules?: readonly DomainModule[];
  /** Lets a test add routes of its own before the app is ready (platform tests). */
  extend?: (app: App) => void | Promise<void>;
};

/**
 * The real application on a test database, for app.inject() or a real port; closed after the file,
 * which then fails if an operation answered an error it does not list.
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<App> {
  const database = options.database ?? (await createTestDatabase());
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), ...options.config };
  const logger = options.logger ?? createLogger(config.logLevel);
  const mailer = createMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom, logger, pollMs: 100 });
  const app = await buildApp({
    config,
    database,
    redis: options.redis,
    mailer,
    logger,
    ...(options.modules ? { modules: options.modules } : {}),
  });
  const unlistedErrors = noteUnlistedErrors(app);
  await options.extend?.(app);
  await app.ready();
  atEndOfFile(async () => {
    await app.close();
    await mailer.close();
    unlistedErrors.check();
  });
  return app;
}

/** Listens on a loopback port (any free one unless told) and returns the app's base URL. */
export async function listening(app: App, port = 0): Promise<string> {
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Two server processes on one database, joined by Redis as behind a load balancer, each listening. */
export async function buildAppsJoinedByRedis(database: Database, config: Partial<Config>): Promise<Array<{ server: App; url: string }>> {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  return Promise.all(
    [1, 2].map(async () => {
      const redis = connectRedis(redisUrl, createLogger('silent'));
      await new Promise((resolve) => redis.client.once('ready', resolve));
      atEndOfFile(() => redis.close());
      const server = await buildTestApp({ database, redis, config: { ...config, redisUrl } });
      return { server, url: await listening(server) };
    }),
  );
}
