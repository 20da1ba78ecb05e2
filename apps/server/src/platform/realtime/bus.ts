import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { RedisConnection } from '../redis.ts';

/**
 * Messages between the server's processes: in process by default, over Redis pub/sub when
 * `REDIS_URL` is set, so that every process hears what one of them published (itself included).
 */
export type Bus = {
  publish(channel: string, message: unknown): Promise<void>;
  subscribe(channel: string, handler: (message: unknown) => void): void;
  close(): Promise<void>;
};

const prefix = 'jumelage:';

export function createBus(redis: RedisConnection | undefined): Bus {
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
      await redis.client.publish(prefix + channel, JSON.stringify(message));
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
