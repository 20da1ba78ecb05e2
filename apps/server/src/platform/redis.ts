import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { describeUrl } from './db/database.ts';

/** The connection to Redis, when `REDIS_URL` is set: the real-time bus between processes. */
export type RedisConnection = {
  client: Redis;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export function connectRedis(url: string, logger: Logger): RedisConnection {
  const client = new Redis(url, {
    // Fail fast while disconnected, so readiness reports it instead of waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let reachable = true;
  client.on('ready', () => {
    if (!reachable) logger.info({ redis: describeUrl(url) }, 'redis reachable again');
    reachable = true;
  });
  client.on('error', (error: Error) => {
    if (reachable) logger.warn({ redis: describeUrl(url), err: error.message }, 'redis unreachable');
    reachable = false;
  });
  return {
    client,
    async ping() {
      await client.ping();
    },
    async close() {
      if (client.status === 'end') return;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
