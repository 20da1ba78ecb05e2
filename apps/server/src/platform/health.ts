import { platformOperations, type DependencyCheck, type Readiness } from '@jumelage/contracts';
import type { AppPlugin } from './http/app-plugin.ts';
import { route } from './http/operations.ts';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * `/healthz`: the process is up (a load balancer restarts it otherwise).
 * `/readyz`: it can serve (database, and Redis when configured, answer); 503 says which does not.
 */
export const healthRoutes: AppPlugin = async (app, { database, redis }) => {
  route(app, platformOperations.health, async () => ({ status: 'ok' as const }), { logLevel: 'warn' });

  route(
    app,
    platformOperations.readiness,
    async (_request, reply) => {
      const [databaseCheck, redisCheck] = await Promise.all([check(() => database.ping()), redis ? check(() => redis.ping()) : undefined]);
      const checks: Readiness['checks'] = {
        database: { kind: database.kind, ...databaseCheck },
        ...(redisCheck ? { redis: redisCheck } : {}),
      };
      const ready = databaseCheck.status === 'up' && (!redisCheck || redisCheck.status === 'up');
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', checks });
    },
    { logLevel: 'warn' },
  );
};

async function check(probe: () => Promise<void>): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', reason: (error as Error).message || String(error) };
  } finally {
    clearTimeout(timer);
  }
}
