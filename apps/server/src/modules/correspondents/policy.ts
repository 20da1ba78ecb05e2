import { definePolicy, rule } from '../../platform/auth/policy.ts';

/** Contacts are public to read; a country's officers (and admins) keep its correspondents. */
export const contactsPolicy = definePolicy({
  editContactsOf: rule(
    (person, country: { countryCode: string }) =>
      person.role === 'admin' || (person.role === 'nss' && person.countryCode === country.countryCode),
    { refused: "Only this country's national support service may change its contacts" },
  ),
});
