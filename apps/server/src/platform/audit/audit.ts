import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import type { EventHandler } from '../events/events.ts';

/** Every domain event leaves an entry: who (an account id, or none for the platform), what, about what, when. */
export const auditHandler: EventHandler = {
  name: 'platform.audit',
  async handle(_payload, { db, event }) {
    await db
      .insertInto('audit_entries')
      .values({
        event_id: event.id,
        actor_id: event.actorId,
        action: event.type,
        subject_type: event.subject.type,
        subject_id: event.subject.id,
        occurred_at: event.occurredAt,
      })
      .onConflict((conflict) => conflict.column('event_id').doNothing())
      .execute();
  },
};

export type AuditEntry = { at: string; actorId: string | null; action: string; subjectType: string; subjectId: string };

/** The latest entries, newest first, optionally about one subject or by one actor. */
export async function latestAuditEntries(
  db: Kysely<Schema>,
  filter: { limit: number; actorId?: string | undefined; subjectId?: string | undefined },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_entries').selectAll().orderBy('occurred_at', 'desc').orderBy('event_id', 'desc').limit(filter.limit);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
  const rows = await query.execute();
  return rows.map((row) => ({
    at: row.occurred_at.toISOString(),
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
  }));
}
