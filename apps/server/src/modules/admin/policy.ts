import type { Actor } from '../../platform/auth/actor.ts';

/** The central support service's tools: admins only. */
export const adminPolicy = {
  manageOfficers: (actor: Actor) => actor.role === 'admin',
  readOutbox: (actor: Actor) => actor.role === 'admin',
};
