import type { RegisterRequest } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../platform/auth/secrets.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { recordEvent, unitOfWork } from '../../platform/events/unit-of-work.ts';
import { consumeLimit, countHit, limits } from '../../platform/rate-limit.ts';
import { countryExists, findSchool, insertSchool, listRegions } from '../schools/module.ts';
import { consumeAccountToken, findUserByEmail, findUserById, insertUser, issueAccountToken, retireAccountTokens } from './queries.ts';

const confirmationLifetimeMs = 48 * 3_600_000;

/**
 * Registers a teacher, pending their country's validation, and sends the confirmation link.
 * An address that already has an account gets a warning mail instead, and the caller the same
 * answer either way: registration does not reveal who is registered.
 */
export async function registerTeacher(dependencies: AppDependencies, request: RegisterRequest, ip: string): Promise<void> {
  const { database } = dependencies;
  await consumeLimit(database.db, limits.registrationsPerAddress, ip);
  // Every refusal comes before the address is looked at, so none of them tells whether it is known.
  await checkSchoolChoice(database.db, request);
  const passwordHash = await hashPassword(request.password);
  await unitOfWork(dependencies, async (db) => {
    const existing = await findUserByEmail(db, request.email);
    if (existing) {
      await warnAddressTaken(db, null, existing);
      return;
    }
    const schoolId = 'existingId' in request.school ? request.school.existingId : await insertSchool(db, request.school.new);
    const userId = await insertUser(db, {
      email: request.email,
      passwordHash,
      name: request.name,
      role: 'teacher',
      staffRole: request.staffRole,
      countryCode: request.countryCode,
      schoolId,
      status: 'pending',
      emailConfirmed: false,
      language: request.language,
    });
    await sendConfirmation(db, dependencies, null, { id: userId, email: request.email, language: request.language });
  });
}

async function checkSchoolChoice(db: Kysely<Schema>, request: RegisterRequest): Promise<void> {
  if (!(await countryExists(db, request.countryCode)))
    throw invalidField('body.countryCode', 'not_an_option', 'is not a participating country');
  if ('existingId' in request.school) {
    const school = await findSchool(db, request.school.existingId);
    if (!school || school.countryCode !== request.countryCode)
      throw invalidField('body.school.existingId', 'not_in_country', 'is not a school of this country');
    return;
  }
  const school = request.school.new;
  if (school.countryCode !== request.countryCode)
    throw invalidField('body.school.new.countryCode', 'not_in_country', 'must be the country of the account');
  const regions = await listRegions(db, school.countryCode);
  if (regions.length > 0 && !regions.some((region) => region.id === school.regionId)) {
    throw invalidField('body.school.new.regionId', 'not_an_option', 'must be one of the regions of this country');
  }
  if (regions.length === 0 && school.regionId !== null)
    throw invalidField('body.school.new.regionId', 'not_an_option', 'this country has no regions');
}

type Recipient = { id: string; email: string; language: string };

/**
 * Tells the owner of an address that someone tried to use it (with how to sign in or reset),
 * within the address's allowance of link mails: anyone can type someone else's address.
 */
export async function warnAddressTaken(db: Kysely<Schema>, actorId: string | null, owner: Pick<Recipient, 'id' | 'email'>): Promise<void> {
  if (!(await countHit(db, limits.mailLinksPerRecipient, owner.email.toLowerCase()))) return;
  await recordEvent(db, { type: 'accounts.address_taken', actorId, subject: { type: 'user', id: owner.id }, payload: {} });
}

/** Issues the link that confirms an address, mailed to that address once committed. */
export async function sendConfirmation(
  db: Kysely<Schema>,
  { config }: Pick<AppDependencies, 'config'>,
  actorId: string | null,
  user: Recipient,
): Promise<void> {
  const token = await issueAccountToken(db, user.id, 'confirm_email', user.email, confirmationLifetimeMs);
  const payload = { email: user.email, language: user.language, link: `${config.publicUrl}/confirm-email?token=${token}` };
  await recordEvent(db, { type: 'accounts.confirmation_issued', actorId, subject: { type: 'user', id: user.id }, payload });
}

/**
 * Confirms the address the link was sent to: the address of a new account, or the new address of
 * an existing one, which then replaces the old. A used, expired or unknown link is refused.
 */
export async function confirmEmail({ database }: AppDependencies, token: string): Promise<void> {
  await database.db.transaction().execute(async (db) => {
    const used = await consumeAccountToken(db, token, 'confirm_email');
    const user = used && (await findUserById(db, used.userId));
    const owner = used && (await findUserByEmail(db, used.email));
    if (!used || !user || (owner && owner.id !== user.id)) {
      throw new AppError('invalid_token', 'This link is not valid any more: it was used, it expired, or it was mistyped');
    }
    await db.updateTable('users').set({ email: used.email, email_confirmed_at: new Date() }).where('id', '=', user.id).execute();
    await retireAccountTokens(db, user.id);
  });
}

/** Sends the confirmation link again to an unconfirmed address; silent for any other address. */
export async function resendConfirmation(dependencies: AppDependencies, email: string): Promise<void> {
  await unitOfWork(dependencies, async (db) => {
    const user = await findUserByEmail(db, email);
    if (!user || user.email_confirmed_at) return;
    await sendConfirmation(db, dependencies, null, user);
  });
}
