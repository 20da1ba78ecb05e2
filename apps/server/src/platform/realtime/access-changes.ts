import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { recordEvent } from '../events/unit-of-work.ts';

/**
 * Someone lost access to a TwinSpace (removed, deleted, consent withdrawn, pages deleted, or pupils
 * may no longer edit a page), or sessions ended (`sessionIds`): every process closes the open
 * real-time connections concerned at once, and the next connection is checked again. `null`
 * matches everyone (or every project).
 */
export type AccessChange = {
  projectId: string | null;
  userId: string | null;
  pageIds?: string[];
  pupilsOnly?: boolean;
  sessionIds?: string[];
};

export const accessChannel = 'twinspace.access-changed';

/**
 * Where every process hears that sessions ended, so that what outlives a request (a page open in
 * real time) closes at once rather than at its next check.
 */
export const sessionsEndedChannel = 'sessions.ended';
export type SessionsEnded = { sessionIds: string[] };

/** Records the change in its transaction; once committed, every process hears it (bus-handlers.ts). */
export async function recordAccessChange(db: Kysely<Schema>, actorId: string, change: AccessChange): Promise<void> {
  const subject = change.userId ? { type: 'user', id: change.userId } : { type: 'project', id: change.projectId ?? '' };
  await recordEvent(db, { type: 'access.changed', actorId, subject, payload: change });
}
