import type { CreateOfficerRequest, Officer, OutboxResponse } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { hashPassword, newSecret } from '../../platform/auth/secrets.ts';
import { AppError, invalidField, notFound } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { findUserByEmail, insertUser, issueAccountToken } from '../accounts/module.ts';
import { countryExists } from '../schools/module.ts';
import { adminPolicy } from './policy.ts';
import { deleteOfficer, listOfficers, outboxPage } from './queries.ts';

const invitationLifetimeMs = 7 * 86_400_000;

export async function officers({ database }: AppDependencies, actor: Actor): Promise<Officer[]> {
  authorize(adminPolicy, actor, 'manageOfficers');
  return listOfficers(database.db);
}

/**
 * Opens an officer's account and mails them a link to choose their password: nobody else ever
 * knows it. An address that already has an account is refused (the admin must see why).
 */
export async function createOfficer(dependencies: AppDependencies, actor: Actor, request: CreateOfficerRequest): Promise<Officer> {
  authorize(adminPolicy, actor, 'manageOfficers');
  const { config } = dependencies;
  const unusablePasswordHash = await hashPassword(newSecret());
  const officer = await unitOfWork(dependencies, async (db) => {
    if (!(await countryExists(db, request.countryCode)))
      throw invalidField('body.countryCode', 'not_an_option', 'is not a participating country');
    if (await findUserByEmail(db, request.email)) throw new AppError('email_already_registered', 'This address already has an account');
    const id = await insertUser(db, {
      email: request.email,
      passwordHash: unusablePasswordHash,
      name: request.name,
      role: 'nss',
      staffRole: null,
      countryCode: request.countryCode,
      schoolId: null,
      status: 'validated',
      emailConfirmed: false,
      language: request.language,
    });
    const token = await issueAccountToken(db, id, 'reset_password', request.email, invitationLifetimeMs);
    const country = new Intl.DisplayNames([request.language], { type: 'region' }).of(request.countryCode) ?? request.countryCode;
    const payload = { country, link: `${config.publicUrl}/reset-password?token=${token}` };
    await recordEvent(db, { type: 'admin.officer_invited', actorId: actor.userId, subject: { type: 'user', id }, payload });
    return { id, name: request.name, email: request.email, countryCode: request.countryCode, createdAt: new Date().toISOString() };
  });
  return officer;
}

export async function removeOfficer(dependencies: AppDependencies, actor: Actor, id: string): Promise<void> {
  authorize(adminPolicy, actor, 'manageOfficers');
  await unitOfWork(dependencies, async (db) => {
    await dependencies.personalData.erase(db, id);
    // Not an officer: nothing is deleted, and what was erased comes back with the rollback.
    if (!(await deleteOfficer(db, id))) throw notFound('This officer');
  });
}

export async function outbox(
  { database }: AppDependencies,
  actor: Actor,
  query: { before?: string | undefined; limit: number },
): Promise<OutboxResponse> {
  authorize(adminPolicy, actor, 'readOutbox');
  const before = query.before ? decodeCursor(query.before, 'before') : undefined;
  const rows = await outboxPage(database.db, before, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    mails: page.map(({ cursorTime: _cursorTime, ...mail }) => mail),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ time: last.cursorTime, id: last.id }) : null,
  };
}
