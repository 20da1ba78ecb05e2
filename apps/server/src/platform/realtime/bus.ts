import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RedisConnection } from '../redis.ts';

/**
 * Messages between the server's processes: in process by default, over Redis pub/sub when
 * `REDIS_URL` is set, so that every process hears what one of them published (itself included).
 * Publishing does not fail: while Redis cannot be reached, the message reaches this process only
 * (what it announces has already happened, and the others' own checks catch up).
 */
export type Bus = {
  publish(channel: string, message: unknown): Promise<void>;
  subscribe(channel: string, handler: (message: unknown) => void): void;
  close(): Promise<void>;
};

const prefix = 'jumelage:';

export function createBus(redis: RedisConnection | undefined, logger: Pick<Logger, 'error'>): Bus {
  const local = new EventEmitter();
  if (!redis) {
    return {
      async publish(channel, message) {
        local.emit(channel, message);
      },
      subscribe: (channel, handler) => void local.on(channel, handler),
      close: async () => void local.removeAllListeners(),
    };
  }
  let subscriber: Redis | undefined;
  return {
    async publish(channel, message) {
      try {
        await redis.client.publish(prefix + channel, JSON.stringify(message));
      } catch (error) {
        logger.error({ err: error, channel }, 'Redis unreachable: a message between processes reached this process only');
        local.emit(channel, message);
      }
    },
    subscribe(channel, handler) {
      if (!subscriber) {
        subscriber = redis.client.duplicate({ enableOfflineQueue: true });
        subscriber.on('error', () => undefined);
        subscriber.on('message', (fullChannel: string, text: string) => local.emit(fullChannel.slice(prefix.length), JSON.parse(text)));
      }
      // Queued until Redis answers (the subscriber keeps an offline queue); only closing rejects it.
      subscriber.subscribe(prefix + channel).catch(() => undefined);
      local.on(channel, handler);
    },
    async close() {
      local.removeAllListeners();
      subscriber?.disconnect();
    },
  };
}
