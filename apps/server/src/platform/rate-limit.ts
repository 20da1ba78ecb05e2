import { sql, type Kysely } from 'kysely';
import type { Schema } from './db/schema.ts';
import { AppError } from './errors.ts';

export type Limit = { bucket: string; max: number; windowMs: number };

/** The limits of the platform, in one place. */
export const limits = {
  registrationsPerAddress: { bucket: 'register:ip', max: 10, windowMs: 3_600_000 },
  mailLinksPerAddress: { bucket: 'mail-link:ip', max: 10, windowMs: 3_600_000 },
  mailLinksPerRecipient: { bucket: 'mail-link:to', max: 3, windowMs: 3_600_000 },
  passwordChecksPerAccount: { bucket: 'password:account', max: 5, windowMs: 15 * 60_000 },
  // Mails a person's action sends to someone else (see platform/mail/allowance.ts).
  personalMailsPerSender: { bucket: 'personal-mail:from', max: 30, windowMs: 3_600_000 },
  personalMailsPerRecipient: { bucket: 'personal-mail:to', max: 20, windowMs: 3_600_000 },
  personalMailsOnOneTopic: { bucket: 'personal-mail:topic', max: 1, windowMs: 3_600_000 },
} satisfies Record<string, Limit>;

/** What may run at the same time, counted in each server process. */
export const atOnce = {
  /** Uploads one person has under way (see materials/upload.ts). */
  uploadsPerPerson: 4,
  /** Images being decoded and written anew (see materials/images.ts). */
  imageDecodes: 2,
};

/**
 * Counts one hit and refuses it past the limit. The hit is written before counting and counts the
 * hits written before it (by their sequence), so a burst of parallel requests neither slips under
 * the limit together nor refuses more than the requests that came after the limit.
 */
export async function consumeLimit(db: Kysely<Schema>, limit: Limit, key: string): Promise<void> {
  if (!(await countHit(db, limit, key))) throw new AppError('rate_limited', 'Too many requests of this kind; wait a while and try again');
}

/** Counts one hit as consumeLimit does, and tells whether it is within the limit. */
export async function countHit(db: Kysely<Schema>, limit: Limit, key: string): Promise<boolean> {
  const { id } = await db.insertInto('rate_limit_hits').values({ bucket: limit.bucket, key }).returning('id').executeTakeFirstOrThrow();
  const { hits } = await db
    .selectFrom('rate_limit_hits')
    .select(sql<number>`count(*)::int`.as('hits'))
    .where('bucket', '=', limit.bucket)
    .where('key', '=', key)
    .where('id', '<=', id)
    .where('hit_at', '>', new Date(Date.now() - limit.windowMs))
    .executeTakeFirstOrThrow();
  return hits <= limit.max;
}

/** Forgets the hits of a key, after a success that proves the person (a right password). */
export async function clearLimit(db: Kysely<Schema>, limit: Limit, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('bucket', '=', limit.bucket).where('key', '=', key).execute();
}
