import type { NewPupilsBody, PupilCard, PupilCards, PupilConsentBody, SchoolPupils } from '@jumelage/contracts';
import { forbidden, type Actor } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/secrets.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { requireMembership, withdrawPublicationsShowing } from '../twinspace/module.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { recordAccessChange } from '../../platform/realtime/access-changes.ts';
import { newCardPassword } from './credentials.ts';
import { authorizeForPupils, pupilsLookedAfterBy, teachersLookingAfter } from './care.ts';
import { addToProject, clearSignInFailures, endSessionsOf, insertPupil, pupilsOfSchool, saveConsent, schoolOfTeacher } from './queries.ts';

/**
 * Creates the accounts of a class in the teacher's school and adds them to the project. The
 * passwords are returned once, to be printed on cards, and must be replaced at first sign-in.
 */
export async function createPupils(
  { database }: AppDependencies,
  actor: Actor,
  projectId: string,
  body: NewPupilsBody,
): Promise<PupilCards> {
  const db = database.db;
  await requireMembership(db, actor, projectId, 'managePupils');
  const school = await schoolOfTeacher(db, actor.userId);
  if (!school) throw forbidden();
  const passwords = body.pupils.map(() => newCardPassword());
  const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
  const cards = await db.transaction().execute(async (transaction) => {
    const made: PupilCard[] = [];
    for (const [index, pupil] of body.pupils.entries()) {
      const lastName = pupil.lastName ?? '';
      const { id, username } = await insertPupil(transaction, school, actor.userId, school.language, {
        firstName: pupil.firstName,
        lastName,
        passwordHash: hashes[index]!,
        accountConsentOn: body.accountConsentOn,
      });
      made.push({ id, firstName: pupil.firstName, lastName, username, password: passwords[index]! });
    }
    await addToProject(
      transaction,
      projectId,
      made.map((card) => card.id),
      actor.userId,
    );
    return made;
  });
  return { cards };
}

/** Pupils I look after join this one; any other pupil, of my school or not, is refused. */
export async function addExistingPupils({ database }: AppDependencies, actor: Actor, projectId: string, pupilIds: string[]): Promise<void> {
  const db = database.db;
  await requireMembership(db, actor, projectId, 'managePupils');
  await authorizeForPupils(db, actor, 'addToTwinspace', pupilIds);
  await addToProject(db, projectId, pupilIds, actor.userId);
}

/** Any teacher of the TwinSpace may take a pupil out of it; the pupil's open pages close at once. */
export async function removePupilFromProject(
  dependencies: AppDependencies,
  actor: Actor,
  projectId: string,
  pupilId: string,
): Promise<void> {
  await requireMembership(dependencies.database.db, actor, projectId, 'administer');
  await unitOfWork(dependencies, async (db) => {
    const removed = await db
      .deleteFrom('project_pupils')
      .where('project_id', '=', projectId)
      .where('pupil_id', '=', pupilId)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) throw notFound('This pupil');
    await recordAccessChange(db, actor.userId, { projectId, userId: pupilId });
  });
}

/**
 * The pupils of my school: those in this project, or all of them (to add some). Only the pupils I
 * look after come with their account; other TwinSpaces are named only when I am in them too.
 */
export async function pupilsOfMySchool(
  { database }: AppDependencies,
  actor: Actor,
  projectId: string,
  scope: 'project' | 'school',
): Promise<SchoolPupils> {
  const db = database.db;
  const member = await requireMembership(db, actor, projectId, 'administer');
  const rows = await pupilsOfSchool(db, member.schoolId, actor.userId, scope === 'project' ? projectId : undefined);
  const lookedAfter = await pupilsLookedAfterBy(
    db,
    actor.userId,
    rows.map((row) => row.id),
  );
  return {
    pupils: rows.map(({ account, allProjects, ...pupil }) => ({
      ...pupil,
      otherProjects: allProjects - pupil.projects.length,
      account: lookedAfter.has(pupil.id) ? account : null,
      can: { lookAfter: lookedAfter.has(pupil.id) },
    })),
  };
}

/**
 * A new card: the old password and every session of the pupil stop working. The pupil's other
 * teachers hear of it: whoever holds a new card can act as the pupil in all their TwinSpaces.
 */
export async function resetPupilPassword(dependencies: AppDependencies, actor: Actor, pupilId: string): Promise<PupilCard> {
  const db = dependencies.database.db;
  await authorizeForPupils(db, actor, 'lookAfter', [pupilId]);
  const password = newCardPassword();
  const passwordHash = await hashPassword(password);
  return unitOfWork(dependencies, async (transaction) => {
    const row = await transaction
      .updateTable('users')
      .set({ password_hash: passwordHash, password_must_change: true })
      .where('id', '=', pupilId)
      .returning('username')
      .executeTakeFirstOrThrow();
    await endSessionsOf(transaction, pupilId);
    const pupil = await transaction
      .selectFrom('pupils')
      .select(['first_name', 'last_name'])
      .where('user_id', '=', pupilId)
      .executeTakeFirstOrThrow();
    const teacherIds = (await teachersLookingAfter(transaction, pupilId)).filter((teacherId) => teacherId !== actor.userId);
    const { name: actorName } = await transaction
      .selectFrom('users')
      .select('name')
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    const payload = { pupilName: `${pupil.first_name} ${pupil.last_name}`.trim(), actorName, teacherIds };
    await recordEvent(transaction, {
      type: 'pupils.card_reissued',
      actorId: actor.userId,
      subject: { type: 'pupil', id: pupilId },
      payload,
    });
    // Whoever held the old card is out of the open pages too.
    await recordAccessChange(transaction, actor.userId, { projectId: null, userId: pupilId });
    return { id: pupilId, firstName: pupil.first_name, lastName: pupil.last_name, username: row.username!, password };
  });
}

/** Records what the family agreed to; without account consent the pupil is signed out and cannot sign in. */
export async function recordConsent(
  dependencies: AppDependencies,
  actor: Actor,
  pupilId: string,
  consent: PupilConsentBody,
): Promise<void> {
  await authorizeForPupils(dependencies.database.db, actor, 'lookAfter', [pupilId]);
  await unitOfWork(dependencies, async (transaction) => {
    // Before the pupil's row changes: what shows the pupil is locked ahead of the pupil, as publishing does.
    if (consent.imageConsent !== 'public') await withdrawPublicationsShowing(transaction, pupilId);
    await saveConsent(transaction, pupilId, actor.userId, consent);
    if (consent.accountConsentOn) return;
    await endSessionsOf(transaction, pupilId);
    await recordAccessChange(transaction, actor.userId, { projectId: null, userId: pupilId });
  });
}

/** Deletes the pupil's account and everything that names them. */
export async function deletePupil(dependencies: AppDependencies, actor: Actor, pupilId: string): Promise<void> {
  await authorizeForPupils(dependencies.database.db, actor, 'lookAfter', [pupilId]);
  await unitOfWork(dependencies, async (transaction) => {
    // The tags go with the account; what showed the pupil goes back to the members first.
    await withdrawPublicationsShowing(transaction, pupilId);
    await dependencies.personalData.erase(transaction, pupilId);
    await transaction.deleteFrom('users').where('id', '=', pupilId).where('role', '=', 'pupil').execute();
    await recordAccessChange(transaction, actor.userId, { projectId: null, userId: pupilId });
  });
}

/** Lets a pupil who mistyped their password (or was guessed at) sign in again at once. */
export async function unlockPupil({ database }: AppDependencies, actor: Actor, pupilId: string): Promise<void> {
  const db = database.db;
  await authorizeForPupils(db, actor, 'lookAfter', [pupilId]);
  await clearSignInFailures(db, pupilId);
}
