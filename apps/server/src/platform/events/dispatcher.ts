import { sql, type Kysely, type Selectable } from 'kysely';
import type { Logger } from 'pino';
import type { Schema } from '../db/schema.ts';
import { withoutLinkSecrets } from '../mail/outbox.ts';
import type { EventContext, EventHandler } from './events.ts';
import type { DomainEventsTable } from './tables.ts';

/**
 * Runs the handlers of domain events once they are committed. The unit of work hands over the
 * events it recorded; a timer in every process takes whatever is still due (a handler failed,
 * the process stopped between commit and handling), each event claimed with
 * `FOR UPDATE SKIP LOCKED` so that two processes never handle one at once.
 */
export type EventDispatcher = {
  /** Handles these events now; one another process holds is waited for, then not handled again. Never fails: the timer retries. */
  dispatch(ids: readonly number[]): Promise<void>;
  /** Handles every event that is due, and returns how many were. */
  dispatchDue(): Promise<number>;
  /** Stops the timer and waits for a round under way. */
  close(): Promise<void>;
};

/** Handlers by event type, each named uniquely within its type (the module's name first), and those of every event. */
export type HandlersByType = { byType: ReadonlyMap<string, readonly EventHandler[]>; everyEvent: readonly EventHandler[] };

const maxAttempts = 8;

type EventRow = Selectable<DomainEventsTable>;

export function createEventDispatcher(options: {
  db: Kysely<Schema>;
  handlers: HandlersByType;
  services: Omit<EventContext, 'db' | 'event'>;
  logger: Logger;
  pollMs?: number;
}): EventDispatcher {
  const { db, handlers, services, logger } = options;
  let round: Promise<number> | undefined;
  const timer = setInterval(() => void dispatchDue(), options.pollMs ?? 30_000);
  timer.unref();

  async function handle(transaction: Kysely<Schema>, row: EventRow): Promise<void> {
    const context: EventContext = {
      ...services,
      db: transaction,
      event: {
        id: row.id,
        type: row.type,
        actorId: row.actor_id,
        subject: { type: row.subject_type, id: row.subject_id },
        occurredAt: row.created_at,
      },
    };
    const handledBy = [...row.handled_by];
    const failures: string[] = [];
    const all = [...handlers.everyEvent, ...(handlers.byType.get(row.type) ?? [])];
    for (const handler of all.filter((candidate) => !row.handled_by.includes(candidate.name))) {
      // Each handler in a savepoint: one that fails leaves nothing behind, and the others go on.
      await sql`savepoint event_handler`.execute(transaction);
      try {
        await handler.handle(row.payload as never, context);
        await sql`release savepoint event_handler`.execute(transaction);
        handledBy.push(handler.name);
      } catch (error) {
        await sql`rollback to savepoint event_handler`.execute(transaction);
        failures.push(`${handler.name}: ${(error as Error).message}`);
        logger.warn({ err: error, eventId: row.id, type: row.type, handler: handler.name }, 'an event handler failed; it will be retried');
      }
    }
    const attempts = row.attempts + 1;
    await transaction
      .updateTable('domain_events')
      .set(
        failures.length === 0
          ? // Handled: links with secrets (an account's confirmation, a reset) are not kept.
            {
              handled_by: handledBy,
              attempts,
              handled_at: new Date(),
              last_error: null,
              payload: sql`${withoutLinkSecrets(JSON.stringify(row.payload))}::jsonb`,
            }
          : {
              handled_by: handledBy,
              attempts,
              last_error: failures.join('; ').slice(0, 500),
              next_attempt_at: new Date(Date.now() + 60_000 * 2 ** row.attempts),
            },
      )
      .where('id', '=', row.id)
      .execute();
  }

  async function dispatch(ids: readonly number[]): Promise<void> {
    try {
      for (const id of ids) {
        await db.transaction().execute(async (transaction) => {
          const row = await transaction
            .selectFrom('domain_events')
            .selectAll()
            .where('id', '=', id)
            .where('handled_at', 'is', null)
            .forUpdate()
            .executeTakeFirst();
          if (row) await handle(transaction, row);
        });
      }
    } catch (error) {
      logger.error({ err: error, eventIds: ids }, 'handling events after their change failed; the timer will retry');
    }
    if (ids.length > 0) void services.mailer.deliverDue().catch(() => undefined);
  }

  // One round at a time per process; other processes skip the events this one holds.
  function dispatchDue(): Promise<number> {
    round ??= dispatchRound()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'a round of event handling failed');
        return 0;
      })
      .finally(() => (round = undefined));
    return round;
  }

  async function dispatchRound(): Promise<number> {
    let handled = 0;
    for (;;) {
      const found = await db.transaction().execute(async (transaction) => {
        const row = await transaction
          .selectFrom('domain_events')
          .selectAll()
          .where('handled_at', 'is', null)
          .where('next_attempt_at', '<=', new Date())
          .where('attempts', '<', maxAttempts)
          .orderBy('next_attempt_at')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (row) await handle(transaction, row);
        return row !== undefined;
      });
      if (!found) break;
      handled++;
    }
    if (handled > 0) void services.mailer.deliverDue().catch(() => undefined);
    return handled;
  }

  return {
    dispatch,
    dispatchDue,
    async close() {
      clearInterval(timer);
      await round;
    },
  };
}
