import type { ContactRequest, MyContactsResponse } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { ContactsDb } from './tables.ts';

export async function isBlockedEitherWay(db: ContactsDb, first: string, second: string): Promise<boolean> {
  const row = await db
    .selectFrom('blocks')
    .select('blocker')
    .where((where) =>
      where.or([
        where.and([where('blocker', '=', first), where('blocked', '=', second)]),
        where.and([where('blocker', '=', second), where('blocked', '=', first)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** A teacher another may write to: validated and findable (the search table holds exactly them). */
export async function findableTeacher(db: ContactsDb, userId: string) {
  return db
    .selectFrom('partner_search')
    .innerJoin('users', 'users.id', 'partner_search.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.language'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The open or accepted link between two teachers, whoever asked. */
export async function linkBetween(db: ContactsDb, first: string, second: string) {
  return db
    .selectFrom('contact_requests')
    .select(['id', 'from_user', 'status'])
    .where('status', 'in', ['pending', 'accepted'])
    .where(
      sql<boolean>`least(from_user, to_user) = least(${first}::uuid, ${second}::uuid) and greatest(from_user, to_user) = greatest(${first}::uuid, ${second}::uuid)`,
    )
    .executeTakeFirst();
}

export async function insertContactRequest(db: ContactsDb, from: string, to: string, message: string): Promise<string> {
  const { id } = await db
    .insertInto('contact_requests')
    .values({ from_user: from, to_user: to, message })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Answers a request addressed to this teacher, only while it is pending; returns who asked. */
export async function answerContactRequest(db: ContactsDb, requestId: string, recipientId: string, status: 'accepted' | 'declined') {
  return db
    .updateTable('contact_requests')
    .set({ status, decided_at: new Date() })
    .where('id', '=', requestId)
    .where('to_user', '=', recipientId)
    .where('status', '=', 'pending')
    .returning(['from_user'])
    .executeTakeFirst();
}

export async function endContact(db: ContactsDb, first: string, second: string): Promise<number> {
  const result = await db
    .deleteFrom('contact_requests')
    .where('status', 'in', ['pending', 'accepted'])
    .where(
      sql<boolean>`least(from_user, to_user) = least(${first}::uuid, ${second}::uuid) and greatest(from_user, to_user) = greatest(${first}::uuid, ${second}::uuid)`,
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertBlock(db: ContactsDb, blocker: string, blocked: string): Promise<void> {
  await db
    .insertInto('blocks')
    .values({ blocker, blocked })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export async function deleteBlock(db: ContactsDb, blocker: string, blocked: string): Promise<void> {
  await db.deleteFrom('blocks').where('blocker', '=', blocker).where('blocked', '=', blocked).execute();
}

const personColumns = sql<
  ContactRequest['person']
>`json_build_object('id', u.id, 'name', u.name, 'schoolName', s.name, 'town', s.town, 'countryCode', u.country_code)`;

export async function contactsOf(db: ContactsDb, userId: string): Promise<MyContactsResponse> {
  const { rows } = await sql<{
    kind: 'contact' | 'incoming' | 'outgoing';
    id: string;
    person: ContactRequest['person'];
    email: string;
    message: string;
    created_at: Date;
  }>`
    select case when r.status = 'accepted' then 'contact' when r.to_user = ${userId}::uuid then 'incoming' else 'outgoing' end as kind,
           r.id, ${personColumns} as person, u.email, r.message, r.created_at
    from contact_requests r
    join users u on u.id = case when r.from_user = ${userId}::uuid then r.to_user else r.from_user end
    join schools s on s.id = u.school_id
    where (r.from_user = ${userId}::uuid or r.to_user = ${userId}::uuid) and r.status in ('pending', 'accepted')
    order by r.created_at desc
  `.execute(db);
  const request = (row: (typeof rows)[number]): ContactRequest => ({
    id: row.id,
    person: row.person,
    message: row.message,
    createdAt: row.created_at.toISOString(),
  });
  const blocked = await db
    .selectFrom('blocks')
    .innerJoin('users', 'users.id', 'blocks.blocked')
    .select(['users.id', 'users.name'])
    .where('blocker', '=', userId)
    .orderBy('users.name')
    .execute();
  return {
    contacts: rows.filter((row) => row.kind === 'contact').map((row) => ({ ...row.person, email: row.email })),
    incoming: rows.filter((row) => row.kind === 'incoming').map(request),
    outgoing: rows.filter((row) => row.kind === 'outgoing').map(request),
    blocked,
  };
}
