import { buildApp } from './app.ts';
import { loadConfigOrExit } from './platform/config.ts';
import { databaseLocationOf, openDatabase, type Database } from './platform/db/database.ts';
import { migrate } from './platform/db/migrations.ts';
import { createLogger } from './platform/logger.ts';
import { createMailer } from './platform/mail/outbox.ts';
import { startRecentPartnersUpkeep } from './modules/partners/recent-tier.ts';
import { connectRedis } from './platform/redis.ts';
import { shutDownOnSignals } from './platform/shutdown.ts';

/** Entry point: configuration -> database (migrated) -> Redis -> HTTP app -> listen. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  let database: Database;
  try {
    database = await openDatabase(databaseLocationOf(config));
    const applied = await migrate(database);
    logger.info({ database: database.kind, applied: applied.map((migration) => migration.name) }, 'database ready');
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  const mailer = createMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  const app = await buildApp({ config, database, redis, mailer, logger });
  await app.listen({ port: config.port, host: config.host });
  void mailer.deliverDue().catch(() => undefined);
  const jobs = [startRecentPartnersUpkeep(database.db, logger)];
  shutDownOnSignals({ app, database, redis, mailer, jobs, logger, timeoutMs: config.shutdownTimeoutMs });
}

await main();
