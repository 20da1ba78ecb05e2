import { definePolicy, rule } from '../../platform/auth/policy.ts';

/** The central support service's tools: admins only. */
export const adminPolicy = definePolicy({
  manageOfficers: rule((person) => person.role === 'admin'),
  readOutbox: rule((person) => person.role === 'admin'),
});
