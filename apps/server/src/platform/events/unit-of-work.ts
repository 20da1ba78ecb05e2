import { sql, type Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import type { AppDependencies } from '../http/app-plugin.ts';
import type { DomainEvent, EventType } from './events.ts';

/** The events each open unit of work recorded, by its transaction. */
const recordedIn = new WeakMap<Kysely<Schema>, number[]>();

/**
 * Records that something happened, in the transaction of the change: a change rolled back
 * records nothing. Only inside `unitOfWork`, which handles the event as soon as it commits.
 */
export async function recordEvent<T extends EventType>(db: Kysely<Schema>, event: DomainEvent<T>): Promise<void> {
  const recorded = recordedIn.get(db);
  if (!recorded) throw new Error(`${event.type} is recorded outside a unit of work: nothing would handle it until the timer`);
  const { id } = await db
    .insertInto('domain_events')
    .values({
      type: event.type,
      actor_id: event.actorId,
      subject_type: event.subject.type,
      subject_id: event.subject.id,
      payload: sql`${JSON.stringify(event.payload)}::jsonb`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  recorded.push(id);
}

/**
 * A change in one transaction, then what follows from it: the events it recorded are handled
 * right after the commit, before the caller answers, so that notifications, mails in the outbox,
 * messages between processes and the audit are in place when the response leaves. What fails
 * there is retried by the dispatcher's timer; the change itself stands.
 */
export async function unitOfWork<T>(
  { database, events }: Pick<AppDependencies, 'database' | 'events'>,
  work: (db: Kysely<Schema>) => Promise<T>,
): Promise<T> {
  const recorded: number[] = [];
  const result = await database.db.transaction().execute(async (db) => {
    recordedIn.set(db, recorded);
    return work(db);
  });
  await events.dispatch(recorded);
  return result;
}
