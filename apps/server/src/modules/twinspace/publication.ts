import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';

type Db = Kysely<Schema>;

/**
 * The one gate between pupils and the open web. Whatever is published (a page, a material, and
 * what comes later: journal entries, poll results, exports) shows pupils, and goes public only
 * while every one of them has public image consent.
 *
 * Both sides lock in one order, the page or material first and then the pupils' rows: publishing
 * reads the pupils `for share` inside its transaction, a consent change updates them, so one waits
 * for the other. If the withdrawal commits first, the
 * publication reads the withdrawn consent and is refused; if the publication commits first, the
 * withdrawal's `withdrawPublicationsShowing` sees what was published and takes it back.
 */
export async function requirePublicImageConsent(transaction: Db, pupilIds: readonly string[]): Promise<void> {
  const missing = await pupilsWithoutPublicConsent(transaction, pupilIds);
  if (missing.length > 0) {
    const names = missing.map((pupil) => `${pupil.firstName} (${pupil.schoolName})`).join(', ');
    throw new AppError('image_consent_missing', `It shows pupils without public image consent: ${names}`);
  }
}

/**
 * Those of these pupils without public image consent; their rows stay locked until the transaction
 * ends. A pupil whose account went while this waited for its row fails the publication (closed).
 */
export async function pupilsWithoutPublicConsent(
  transaction: Db,
  pupilIds: readonly string[],
): Promise<Array<{ firstName: string; schoolName: string }>> {
  if (pupilIds.length === 0) return [];
  const pupils = await transaction
    .selectFrom('pupils as p')
    .innerJoin('schools as s', 's.id', 'p.school_id')
    .select(['p.first_name as firstName', 's.name as schoolName', 'p.image_consent as imageConsent'])
    .where('p.user_id', 'in', [...pupilIds])
    // One order for every locker: two publications of the same pupils never wait on each other in a cycle.
    .orderBy('p.user_id')
    .forShare('p')
    .execute();
  if (pupils.length < new Set(pupilIds).size)
    throw new AppError('pupil_deleted_meanwhile', 'A pupil shown here was deleted meanwhile: look again and retry');
  return pupils.filter((pupil) => pupil.imageConsent !== 'public').map(({ firstName, schoolName }) => ({ firstName, schoolName }));
}

/**
 * Without public consent (or once the account and its consent are gone), nothing showing the pupil
 * stays public. Runs in the transaction that changes the pupil's row, before the change. It locks
 * in the order publishing does, what shows the pupil first and then the pupil, so the two never
 * wait on each other in a cycle; once it holds the pupil's row, a publication that read the row
 * has committed and is taken back here, and none can read it again until the change commits.
 */
export async function withdrawPublicationsShowing(transaction: Db, pupilId: string): Promise<void> {
  const pageIds = transaction.selectFrom('page_pupils').select('page_id').where('pupil_id', '=', pupilId);
  const materialIds = transaction.selectFrom('material_pupils').select('material_id').where('pupil_id', '=', pupilId);
  await transaction.selectFrom('twinspace_pages').select('id').where('id', 'in', pageIds).orderBy('id').forUpdate().execute();
  await transaction.selectFrom('materials').select('id').where('id', 'in', materialIds).orderBy('id').forUpdate().execute();
  await transaction.selectFrom('pupils').select('user_id').where('user_id', '=', pupilId).forUpdate().execute();
  await transaction
    .updateTable('twinspace_pages')
    .set({ visibility: 'members' })
    .where('visibility', '=', 'public')
    .where('id', 'in', pageIds)
    .execute();
  await transaction
    .updateTable('materials')
    .set({ visibility: 'members' })
    .where('visibility', '=', 'public')
    .where('id', 'in', materialIds)
    .execute();
}
