import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readinessSchema } from '@jumelage/contracts';
import { buildTestApp } from '../test/app.ts';
import { createTestDatabase } from '../test/database.ts';
import { createLogger } from './logger.ts';
import { connectRedis } from './redis.ts';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('health and readiness', () => {
  it('GET /healthz answers 200 while the process is up', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
  });

  it('GET /readyz answers 200 when the database answers, and says which database', async () => {
    const database = await createTestDatabase();
    const app = await buildTestApp({ database });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 200);
    const readiness = readinessSchema.parse(response.json());
    assert.equal(readiness.checks.database.status, 'up');
    assert.equal(readiness.checks.database.kind, database.kind);
    assert.equal(readiness.checks.redis, undefined, 'no Redis check without REDIS_URL');
  });

  it('GET /readyz answers 503 with the reason when the database does not answer', async () => {
    const database = await createTestDatabase();
    const app = await buildTestApp({ database });
    await database.close();
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 503);
    const readiness = readinessSchema.parse(response.json());
    assert.equal(readiness.status, 'unavailable');
    assert.equal(readiness.checks.database.status, 'down');
    assert.ok(readiness.checks.database.reason);
  });

  it('GET /readyz checks Redis when it is configured', async () => {
    const redis = connectRedis(redisUrl, createLogger('silent'));
    await new Promise((resolve) => redis.client.once('ready', resolve));
    const app = await buildTestApp({ redis });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    await redis.close();
    assert.equal(response.statusCode, 200);
    assert.equal(readinessSchema.parse(response.json()).checks.redis?.status, 'up');
  });

  it('GET /readyz answers 503 naming Redis when Redis is unreachable', async () => {
    // Nothing listens on port 1 of the loopback address.
    const redis = connectRedis('redis://127.0.0.1:1', createLogger('silent'));
    const app = await buildTestApp({ redis });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    await redis.close();
    assert.equal(response.statusCode, 503);
    const readiness = readinessSchema.parse(response.json());
    assert.equal(readiness.checks.database.status, 'up');
    assert.equal(readiness.checks.redis?.status, 'down');
    assert.ok(readiness.checks.redis?.reason);
  });
});
