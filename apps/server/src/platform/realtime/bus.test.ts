import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { createLogger } from '../logger.ts';
import { connectRedis, type RedisConnection } from '../redis.ts';
import { createBus } from './bus.ts';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function received(bus: ReturnType<typeof createBus>, channel: string): Promise<unknown> {
  return new Promise((resolve) => bus.subscribe(channel, resolve));
}

/** Until Redis counts the subscribers (and the publishing connection is up: it queues nothing offline). */
async function subscribersOf(redis: RedisConnection, channel: string, expected: number): Promise<void> {
  for (;;) {
    const answer = (await redis.client.pubsub('NUMSUB', `jumelage:${channel}`).catch(() => undefined)) as [string, number] | undefined;
    if (answer && answer[1] >= expected) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the bus between processes', () => {
  it('over Redis, a message reaches another process and the one that sent it', async () => {
    const [redisA, redisB] = [connectRedis(redisUrl, createLogger('silent')), connectRedis(redisUrl, createLogger('silent'))];
    const [busA, busB] = [createBus(redisA, createLogger('silent')), createBus(redisB, createLogger('silent'))];
    const channel = `test.${process.pid}.${Date.now()}`;
    const [atA, atB] = [received(busA, channel), received(busB, channel)];
    // A subscription is made in the background: publish once Redis counts both.
    await subscribersOf(redisA, channel, 2);
    await busA.publish(channel, { hello: 'world' });
    assert.deepEqual(await Promise.all([atA, atB]), [{ hello: 'world' }, { hello: 'world' }]);
    await Promise.all([busA.close(), busB.close()]);
    await Promise.all([redisA.close(), redisB.close()]);
  });

  it('with Redis unreachable, publishing does not fail: the message reaches this process, and the failure is logged', async () => {
    const redis = connectRedis('redis://127.0.0.1:1', createLogger('silent'));
    const logged: string[] = [];
    const bus = createBus(redis, pino({ level: 'error' }, { write: (line: string) => void logged.push(line) }));
    const here = received(bus, 'access');
    await bus.publish('access', { userId: 'someone' });
    assert.deepEqual(await here, { userId: 'someone' });
    assert.match(logged.join(), /Redis unreachable/);
    await bus.close();
    await redis.close();
  });
});
