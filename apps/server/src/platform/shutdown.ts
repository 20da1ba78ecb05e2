import type { Logger } from 'pino';
import type { Database } from './db/database.ts';
import type { App } from './http/app-plugin.ts';
import type { Mailer } from './mail/outbox.ts';
import type { RedisConnection } from './redis.ts';

/** A periodic job: `stop` clears its timer and waits for a run in progress. */
export type BackgroundJob = { stop: () => Promise<void> };

type Running = {
  app: App;
  database: Database;
  redis: RedisConnection | undefined;
  mailer: Mailer;
  jobs?: BackgroundJob[];
  logger: Logger;
  timeoutMs: number;
};

/**
 * Stops in order: no new requests (503 while closing), in-flight requests finish, then the mailer
 * and background jobs stop, then Redis and the database close. If that takes longer than the timeout, the process exits with failure.
 */
export async function shutDown({ app, database, redis, mailer, jobs = [], logger, timeoutMs }: Running): Promise<void> {
  const deadline = setTimeout(() => {
    logger.error({ timeoutMs }, 'shutdown took too long; exiting');
    process.exit(1);
  }, timeoutMs);
  deadline.unref();
  await app.close();
  await mailer.close();
  await Promise.all(jobs.map((job) => job.stop()));
  await redis?.close();
  await database.close();
  clearTimeout(deadline);
  logger.info('stopped cleanly');
}

export function shutDownOnSignals(running: Running): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ signal }, 'stopping');
    shutDown(running).then(
      () => (process.exitCode = 0),
      (error: unknown) => {
        running.logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
