import type { ActiveSession } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { recordEvent } from '../../platform/events/unit-of-work.ts';
import type { Actor, ResolvedSession } from '../../platform/auth/actor.ts';
import { digestOf, newSecret } from '../../platform/auth/secrets.ts';
import type { AccountsDb } from './tables.ts';

export const sessionLifetimeDays = 30;

export type SessionMeta = { userAgent: string; ip: string };

/** The person's sessions that have not expired, most recently used first. */
export async function activeSessionsOf(db: AccountsDb, userId: string): Promise<Array<Omit<ActiveSession, 'current'>>> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'user_agent', 'ip', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date())
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    userAgent: row.user_agent,
    ip: row.ip,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
  }));
}

/** Opens a session; the returned token goes into the cookie and nowhere else. */
export async function openSession(
  db: AccountsDb,
  userId: string,
  meta: SessionMeta,
): Promise<{ sessionId: string; token: string; csrfToken: string }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const { id } = await db
    .insertInto('sessions')
    .values({
      token_hash: digestOf(token),
      user_id: userId,
      csrf_token: csrfToken,
      user_agent: meta.userAgent.slice(0, 300),
      ip: meta.ip,
      expires_at: new Date(Date.now() + sessionLifetimeDays * 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { sessionId: id, token, csrfToken };
}

/** The session a cookie token opens, if it is live; touches its last-seen time at most once a minute. */
export async function resolveSession(db: AccountsDb, token: string): Promise<ResolvedSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'users.id as userId',
      'users.role',
      'users.status',
      'users.country_code',
      'users.password_must_change',
    ])
    .where('sessions.token_hash', '=', digestOf(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return undefined;
  if (Date.now() - row.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', row.sessionId).execute();
    await db.updateTable('users').set({ last_active_at: new Date() }).where('id', '=', row.userId).execute();
  }
  return {
    actor: { userId: row.userId, role: row.role, status: row.status, countryCode: row.country_code, sessionId: row.sessionId },
    csrfToken: row.csrf_token,
    passwordMustChange: row.password_must_change,
  };
}

/**
 * The holder of a session still open and usable, by the session's id: for connections that
 * outlive the request that opened them (real-time pages), checked again as they go on.
 */
export async function sessionHolder(db: AccountsDb, sessionId: string): Promise<{ actor: Actor; name: string } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('pupils', 'pupils.user_id', 'users.id')
    .select(['users.id as userId', 'users.role', 'users.status', 'users.country_code', 'users.name', 'pupils.first_name'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', new Date())
    .where('users.password_must_change', '=', false)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    actor: { userId: row.userId, role: row.role, status: row.status, countryCode: row.country_code, sessionId },
    // Outside their school a pupil is known by first name only.
    name: row.first_name ?? row.name,
  };
}

/** Which of a person's sessions end: all, only one, or all but one (the one changing the password). */
export type SessionsToEnd = { only?: string; except?: string };

/**
 * Ends sessions of one person, inside a unit of work: once it commits, every process hears which
 * ended (`sessions.ended`, published on the bus), so that what outlives a request closes at once.
 * `actorId` is who ended them: the person, or whoever acted on their account.
 */
export async function endSessions(db: Kysely<Schema>, actorId: string, userId: string, which: SessionsToEnd = {}): Promise<string[]> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (which.only !== undefined) query = query.where('id', '=', which.only);
  if (which.except !== undefined) query = query.where('id', '<>', which.except);
  const sessionIds = (await query.returning('id').execute()).map((row) => row.id);
  if (sessionIds.length > 0)
    await recordEvent(db, { type: 'sessions.ended', actorId, subject: { type: 'user', id: userId }, payload: { sessionIds } });
  return sessionIds;
}
