import type { Officer, OutboxMail } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { AdminDb } from './tables.ts';
import type { Cursor } from '../../platform/http/cursor.ts';

export async function listOfficers(db: AdminDb): Promise<Officer[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'country_code', 'created_at'])
    .where('role', '=', 'nss')
    .orderBy('country_code')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    countryCode: row.country_code!,
    createdAt: row.created_at.toISOString(),
  }));
}

export async function deleteOfficer(db: AdminDb, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).where('role', '=', 'nss').executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The outbox, newest first, paged by (created_at, id) below the cursor. */
export async function outboxPage(
  db: AdminDb,
  before: Cursor | undefined,
  limit: number,
): Promise<Array<OutboxMail & { cursorTime: string }>> {
  let query = db
    .selectFrom('outbox_mails')
    .select([
      'id',
      'to_address',
      'subject',
      'text_body',
      'created_at',
      'sent_at',
      'attempts',
      'last_error',
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_time'),
    ]);
  if (before) query = query.where(sql<boolean>`(created_at, id) < (${before.time}::timestamptz, ${before.id}::uuid)`);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.last_error,
    cursorTime: row.cursor_time,
  }));
}
