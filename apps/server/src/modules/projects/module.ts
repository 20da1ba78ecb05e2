import type { DomainModule } from '../../platform/module.ts';
import { projectEventHandlers } from './events.ts';
import { projectsRoutes } from './routes.ts';

export { projectShownToThePublic } from './public-visibility.ts';
export { lockProject } from './queries.ts';
export type { ProjectsReadView } from './tables.ts';
export { partnerSubject, projectPolicy } from './policy.ts';

/** Projects from the first draft to approval by every founding country, and their members. */
export const projectsModule: DomainModule = {
  name: 'projects',
  routes: [projectsRoutes],
  events: projectEventHandlers,
  notifications: ['invitation', 'invitation_answered', 'country_decision', 'project_approved', 'member_joined', 'project_submitted'],
};
