import type { Account, UpdateProfileRequest } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { abilities, authorize } from '../../platform/auth/policy.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { findSchool } from '../schools/module.ts';
import { accountPolicy, sessionAbilities } from './policy.ts';
import { findProfile, findUserById, updateProfile } from './queries.ts';

/** The signed-in person's own account, with what they may do. */
export async function getOwnAccount({ database }: AppDependencies, actor: Actor): Promise<Account> {
  const db = database.db;
  const user = await findUserById(db, actor.userId);
  if (!user) throw notFound('This account');
  const [school, profile] = await Promise.all([
    user.school_id ? findSchool(db, user.school_id) : undefined,
    user.role === 'teacher' ? findProfile(db, user.id) : undefined,
  ]);
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    passwordMustChange: user.password_must_change,
    name: user.name,
    role: user.role,
    staffRole: user.staff_role,
    status: user.status,
    decisionReason: user.status === 'rejected' ? user.decision_reason : null,
    countryCode: user.country_code,
    language: user.language,
    school: school ?? null,
    profile: profile ?? null,
    can: abilities(accountPolicy, actor, sessionAbilities),
  };
}

export async function updateOwnProfile(dependencies: AppDependencies, actor: Actor, update: UpdateProfileRequest): Promise<Account> {
  authorize(accountPolicy, actor, 'editProfile');
  await updateProfile(dependencies.database.db, actor.userId, update, actor.role === 'teacher');
  return getOwnAccount(dependencies, actor);
}

/** A rejected teacher who corrected their profile goes back to the end of their country's queue. */
export async function requestNewReview(dependencies: AppDependencies, actor: Actor): Promise<Account> {
  authorize(accountPolicy, actor, 'requestReview');
  const result = await dependencies.database.db
    .updateTable('users')
    .set({ status: 'pending', awaiting_since: new Date(), decision_reason: null })
    .where('id', '=', actor.userId)
    .where('status', '=', 'rejected')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('account_not_rejected', 'Only a rejected account can ask for a new review');
  return getOwnAccount(dependencies, { ...actor, status: 'pending' });
}
