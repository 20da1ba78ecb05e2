import type { Correspondent, CorrespondentRequest, CountryContactsResponse } from '@jumelage/contracts';
import { requireActor, type Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { countryExists } from '../schools/module.ts';
import { contactsPolicy } from './policy.ts';
import {
  correspondentCountry,
  deleteCorrespondent,
  insertCorrespondent,
  regionCountry,
  regionsWithCorrespondents,
  updateCorrespondent,
} from './queries.ts';

export async function countryContacts(
  { database }: AppDependencies,
  actor: Actor | undefined,
  countryCode: string,
): Promise<CountryContactsResponse> {
  if (!(await countryExists(database.db, countryCode))) throw notFound('This country');
  return {
    countryCode,
    regions: await regionsWithCorrespondents(database.db, countryCode),
    can: { edit: contactsPolicy.can(actor, 'editContactsOf', { countryCode }) },
  };
}

function requireEditor(actor: Actor | undefined, countryCode: string | undefined): void {
  const signedIn = requireActor(actor);
  if (countryCode === undefined) throw notFound('This region or correspondent');
  authorize(contactsPolicy, signedIn, 'editContactsOf', { countryCode });
}

export async function addCorrespondent(
  { database }: AppDependencies,
  actor: Actor | undefined,
  regionId: string,
  values: CorrespondentRequest,
): Promise<Correspondent> {
  requireEditor(actor, await regionCountry(database.db, regionId));
  return insertCorrespondent(database.db, regionId, values);
}

export async function changeCorrespondent(
  { database }: AppDependencies,
  actor: Actor | undefined,
  id: string,
  values: CorrespondentRequest,
): Promise<Correspondent> {
  requireEditor(actor, await correspondentCountry(database.db, id));
  return updateCorrespondent(database.db, id, values);
}

export async function removeCorrespondent({ database }: AppDependencies, actor: Actor | undefined, id: string): Promise<void> {
  requireEditor(actor, await correspondentCountry(database.db, id));
  await deleteCorrespondent(database.db, id);
}
