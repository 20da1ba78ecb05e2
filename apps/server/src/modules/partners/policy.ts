import type { Actor } from '../../platform/auth/actor.ts';

/** Partner search is for validated teachers: pending, rejected and other roles are refused. */
export const partnersPolicy = {
  searchPartners: (actor: Actor) => actor.role === 'teacher' && actor.status === 'validated',
};
