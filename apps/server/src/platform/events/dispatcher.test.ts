import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from '../../test/database.ts';
import { atEndOfFile } from '../../test/cleanup.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createMailer } from '../mail/outbox.ts';
import { createMailTexts } from '../mail/texts.ts';
import { createBus } from '../realtime/bus.ts';
import { createEventDispatcher, type EventDispatcher } from './dispatcher.ts';
import type { EventHandler } from './events.ts';
import { recordEvent, unitOfWork } from './unit-of-work.ts';

// The platform's own 'sessions.ended' event, with handlers of the test's making.
const database = await createTestDatabase();
const logger = createLogger('silent');
const mailer = createMailer({ db: database.db, smtpUrl: undefined, from: 'test@example.org', logger });
const services = { config: loadConfig({ LOG_LEVEL: 'silent' }), mailer, bus: createBus(undefined, logger), mailTexts: createMailTexts() };

function dispatcherWith(...handlers: EventHandler[]): EventDispatcher {
  const dispatcher = createEventDispatcher({
    db: database.db,
    handlers: { byType: new Map([['sessions.ended', handlers]]), everyEvent: [] },
    services,
    logger,
  });
  atEndOfFile(() => dispatcher.close());
  return dispatcher;
}

function counting(name: string, fails = 0) {
  const seen: string[][] = [];
  const handler: EventHandler = {
    name,
    async handle(payload) {
      seen.push((payload as { sessionIds: string[] }).sessionIds);
      if (seen.length <= fails) throw new Error(`${name} is down`);
    },
  };
  return { handler, seen };
}

const sessionsEnded = (sessionIds: string[]) => ({
  type: 'sessions.ended' as const,
  actorId: null,
  subject: { type: 'user', id: 'someone' },
  payload: { sessionIds },
});

async function rowOf(marker: string) {
  return database.db
    .selectFrom('domain_events')
    .selectAll()
    .where(sql<boolean>`payload->'sessionIds'->>0 = ${marker}`)
    .executeTakeFirst();
}

describe('domain events', () => {
  it('are handled as soon as the change that recorded them commits', async () => {
    const { handler, seen } = counting('count');
    const events = dispatcherWith(handler);
    await unitOfWork({ database, events }, (db) => recordEvent(db, sessionsEnded(['committed'])));
    assert.deepEqual(seen, [['committed']]);
    assert.ok((await rowOf('committed'))?.handled_at);
  });

  it('recorded in a change rolled back are never handled', async () => {
    const { handler, seen } = counting('count');
    const events = dispatcherWith(handler);
    await assert.rejects(
      unitOfWork({ database, events }, async (db) => {
        await recordEvent(db, sessionsEnded(['rolled back']));
        throw new Error('the change fails');
      }),
      /the change fails/,
    );
    await events.dispatchDue();
    assert.deepEqual(seen, []);
    assert.equal(await rowOf('rolled back'), undefined);
  });

  it('cannot be recorded outside a unit of work, where nothing would handle them at once', async () => {
    await assert.rejects(
      database.db.transaction().execute((db) => recordEvent(db, sessionsEnded(['outside']))),
      /outside a unit of work/,
    );
  });

  it('whose handler fails are retried for that handler alone, later; the other handlers run once', async () => {
    const flaky = counting('flaky', 1);
    const steady = counting('steady');
    const events = dispatcherWith(flaky.handler, steady.handler);
    await unitOfWork({ database, events }, (db) => recordEvent(db, sessionsEnded(['retried'])));
    let row = (await rowOf('retried'))!;
    assert.equal(row.handled_at, null);
    assert.deepEqual(row.handled_by, ['steady']);
    assert.match(row.last_error ?? '', /flaky is down/);
    assert.ok(row.next_attempt_at.getTime() > Date.now() + 30_000, 'retried after a delay');

    await events.dispatchDue();
    assert.equal(flaky.seen.length, 1, 'not before its time');
    await database.db.updateTable('domain_events').set({ next_attempt_at: new Date() }).where('id', '=', row.id).execute();
    await events.dispatchDue();
    row = (await rowOf('retried'))!;
    assert.ok(row.handled_at);
    assert.deepEqual(row.handled_by.toSorted(), ['flaky', 'steady']);
    assert.equal(flaky.seen.length, 2);
    assert.equal(steady.seen.length, 1);
  });

  it('keep no link secret once handled', async () => {
    const events = dispatcherWith(counting('count').handler);
    await unitOfWork({ database, events }, (db) =>
      recordEvent(db, sessionsEnded(['secret', 'https://example.org/reset-password?token=abcDEF123'])),
    );
    assert.deepEqual((await rowOf('secret'))!.payload, { sessionIds: ['secret', 'https://example.org/reset-password?token=…'] });
  });

  it('are handled once by handlers that write, with two dispatchers (two processes) taking them at the same time', async () => {
    await sql`create table handled_in_test (event_id bigint not null)`.execute(database.db);
    const writing: EventHandler = {
      name: 'write',
      async handle(_payload, { db, event }) {
        await db
          .insertInto('handled_in_test' as never)
          .values({ event_id: event.id })
          .execute();
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
    };
    const [first, second] = [dispatcherWith(writing), dispatcherWith(writing)];
    // Recorded without handling, as if the process that recorded them had stopped after its commit.
    const idle = { database, events: { dispatch: async () => undefined, dispatchDue: async () => 0, close: async () => undefined } };
    for (let index = 0; index < 60; index++) await unitOfWork(idle, (db) => recordEvent(db, sessionsEnded([`parallel ${index}`])));
    const [byFirst, bySecond] = await Promise.all([first.dispatchDue(), second.dispatchDue()]);
    const { rows } = await sql<{
      total: number;
      events: number;
    }>`select count(*)::int as total, count(distinct event_id)::int as events from handled_in_test`.execute(database.db);
    assert.deepEqual(rows[0], { total: 60, events: 60 });
    assert.equal(byFirst + bySecond, 60);
  });
});
