import type { Actor } from '../../platform/auth/actor.ts';

/** Contacts are public to read; a country's officers (and admins) keep its correspondents. */
export const contactsPolicy = {
  editContactsOf: (actor: Actor | undefined, countryCode: string) =>
    actor !== undefined && (actor.role === 'admin' || (actor.role === 'nss' && actor.countryCode === countryCode)),
};
