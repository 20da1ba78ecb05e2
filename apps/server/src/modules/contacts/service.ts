import { type ContactRequestBody, type MyContactsResponse } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import {
  answerContactRequest,
  contactsOf,
  deleteBlock,
  endContact,
  findableTeacher,
  insertBlock,
  insertContactRequest,
  isBlockedEitherWay,
  linkBetween,
} from './queries.ts';
import { partnersPolicy } from '../partners/module.ts';

function requireTeacherTools(actor: Actor): void {
  authorize(partnersPolicy, actor, 'searchPartners');
}

/** Asks a findable colleague to be in contact; they receive the message by mail and in the app. */
export async function sendContactRequest(dependencies: AppDependencies, actor: Actor, body: ContactRequestBody): Promise<void> {
  requireTeacherTools(actor);
  if (body.toUserId === actor.userId) throw invalidField('body.toUserId', 'not_an_option', 'is yourself');
  await unitOfWork(dependencies, async (db) => {
    const target = await findableTeacher(db, body.toUserId);
    // Someone who blocked you, or hides, is "not found": neither is revealed.
    if (!target || (await isBlockedEitherWay(db, actor.userId, target.id))) throw notFound('This teacher');
    const link = await linkBetween(db, actor.userId, target.id);
    if (link?.status === 'accepted') throw new AppError('already_in_contact', 'You are already in contact');
    if (link?.from_user === actor.userId) throw new AppError('contact_request_already_sent', 'Your request is already waiting');
    if (link) throw new AppError('contact_request_awaits_you', 'They already asked you: answer their request');
    await insertContactRequest(db, actor.userId, target.id, body.message).catch((error: unknown) => {
      // Two requests crossing at the same moment: the unique pair index keeps one.
      if ((error as { code?: string }).code === '23505') throw new AppError('conflict', 'A request between you is already waiting');
      throw error;
    });
    const sender = await db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    const payload = { fromName: sender.name, message: body.message };
    await recordEvent(db, { type: 'contacts.requested', actorId: actor.userId, subject: { type: 'user', id: target.id }, payload });
  });
}

export async function answerRequest(dependencies: AppDependencies, actor: Actor, requestId: string, accept: boolean): Promise<void> {
  requireTeacherTools(actor);
  await unitOfWork(dependencies, async (db) => {
    const answered = await answerContactRequest(db, requestId, actor.userId, accept ? 'accepted' : 'declined');
    if (!answered) throw notFound('This request');
    if (!accept) return;
    const me = await db.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    await recordEvent(db, {
      type: 'contacts.accepted',
      actorId: actor.userId,
      subject: { type: 'user', id: answered.from_user },
      payload: { byName: me.name },
    });
  });
}

export async function removeContact({ database }: AppDependencies, actor: Actor, otherId: string): Promise<void> {
  requireTeacherTools(actor);
  if ((await endContact(database.db, actor.userId, otherId)) === 0) throw notFound('This contact');
}

/** Blocking ends any contact or request between the two, and each disappears from the other's search. */
export async function blockTeacher({ database }: AppDependencies, actor: Actor, otherId: string): Promise<void> {
  requireTeacherTools(actor);
  if (otherId === actor.userId) throw invalidField('params.userId', 'not_an_option', 'is yourself');
  await database.db.transaction().execute(async (db) => {
    const other = await db.selectFrom('users').select('id').where('id', '=', otherId).where('role', '=', 'teacher').executeTakeFirst();
    if (!other) throw notFound('This teacher');
    await insertBlock(db, actor.userId, otherId);
    await endContact(db, actor.userId, otherId);
  });
}

export async function unblockTeacher({ database }: AppDependencies, actor: Actor, otherId: string): Promise<void> {
  requireTeacherTools(actor);
  await deleteBlock(database.db, actor.userId, otherId);
}

export async function myContacts({ database }: AppDependencies, actor: Actor): Promise<MyContactsResponse> {
  requireTeacherTools(actor);
  return contactsOf(database.db, actor.userId);
}
