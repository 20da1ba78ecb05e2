import type { Actor } from '../../platform/auth/actor.ts';

/**
 * Who may do what with projects, by role; what a teacher may do with one project depends on
 * their place in it (founder, member, invitee), decided in the service under the project's lock.
 */
export const projectsPolicy = {
  useProjects: (actor: Actor) => actor.role === 'teacher' && actor.status === 'validated',
  reviewProjects: (actor: Actor) => actor.role === 'nss' || actor.role === 'admin',
  reviewProjectsOf: (actor: Actor, countryCode: string) => actor.role === 'admin' || (actor.role === 'nss' && actor.countryCode === countryCode),
};
