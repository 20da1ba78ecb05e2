import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp } from '../test/app.ts';
import { createTestDatabase } from '../test/database.ts';
import { createLogger } from './logger.ts';
import { createMailer } from './mail/outbox.ts';
import { shutDown } from './shutdown.ts';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, refuses new ones, then closes the database', async () => {
    const database = await createTestDatabase();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    const app = await buildTestApp({
      database,
      extend: (app) => {
        app.get('/api/slow', async () => {
          arrived();
          await held;
          const { rows } = await sql<{ answer: number }>`select 42 as answer`.execute(database.db);
          return rows[0];
        });
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    assert.ok(address && typeof address === 'object');
    const base = `http://127.0.0.1:${address.port}`;

    const inFlight = fetch(`${base}/api/slow`);
    await inHandler;
    const logger = createLogger('silent');
    const mailer = createMailer({ db: database.db, smtpUrl: undefined, from: 'test@localhost', logger });
    const stopping = shutDown({ app, database, redis: undefined, mailer, logger, timeoutMs: 10_000 });
    while (app.server.listening) await new Promise((resolve) => setTimeout(resolve, 10));
    await assert.rejects(fetch(`${base}/healthz`), 'no new connection is accepted while stopping');
    release();

    const response = await inFlight;
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { answer: 42 });
    await stopping;
    await assert.rejects(database.ping(), 'the database is closed last');
  });
});
