import type { DomainModule } from '../../platform/module.ts';
import { contactEventHandlers } from './events.ts';
import { contactsRoutes } from './routes.ts';

export { isBlockedEitherWay, linkBetween } from './queries.ts';

/** A teacher's own contacts: requests, answers, removal and blocks. */
export const contactsModule: DomainModule = {
  name: 'contacts',
  routes: [contactsRoutes],
  events: contactEventHandlers,
  mails: ['contact_requested', 'contact_accepted'],
};
