import type { DomainModule } from '../../platform/module.ts';
import { adminEventHandlers } from './events.ts';
import { adminRoutes } from './routes.ts';

/** The platform's administrators: national officers' accounts and the mail outbox. */
export const adminModule: DomainModule = {
  name: 'admin',
  routes: [adminRoutes],
  events: adminEventHandlers,
  mails: ['officer_invitation'],
};
