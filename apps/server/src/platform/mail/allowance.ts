import { sql, type Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { countHit, limits } from '../rate-limit.ts';

/**
 * A mail that a person's action sends to someone else (an invitation, a contact request, an
 * answer to an idea). `topic` names what it is about, so that doing the same thing again (invite,
 * withdraw, invite) does not mail the same person again.
 */
export type PersonalMail = { senderId: string; recipientId: string; topic: string };

/**
 * Whether a person's mail to someone else may go: once per sender, recipient and topic within the
 * window, and within the sender's and the recipient's allowances (`limits` in rate-limit.ts).
 * Counted inside the transaction of the change, so a change rolled back counts nothing; the
 * sender's requests take turns on a lock held until commit, so a burst of them in parallel cannot
 * pass together. Across different senders the recipient's count sees only committed mails.
 */
export async function consumeMailAllowance(db: Kysely<Schema>, mail: PersonalMail): Promise<boolean> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`personal-mail:${mail.senderId}`}, 0))`.execute(db);
  if (!(await countHit(db, limits.personalMailsOnOneTopic, `${mail.senderId}:${mail.recipientId}:${mail.topic}`))) return false;
  return (
    (await countHit(db, limits.personalMailsPerSender, mail.senderId)) &&
    (await countHit(db, limits.personalMailsPerRecipient, mail.recipientId))
  );
}
