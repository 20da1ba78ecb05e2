import type { DomainModule } from '../../platform/module.ts';
import { pupilEventHandlers } from './events.ts';
import { pupilsRoutes } from './routes.ts';

export { pupilsLookedAfterBy } from './care.ts';
export type { PupilsReadView } from './tables.ts';

/** Pupils' accounts, kept by their teachers, and their families' consent. */
export const pupilsModule: DomainModule = {
  name: 'pupils',
  routes: [pupilsRoutes],
  events: pupilEventHandlers,
  notifications: ['pupil_card_reissued'],
};
