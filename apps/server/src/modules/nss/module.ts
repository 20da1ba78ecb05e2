import type { DomainModule } from '../../platform/module.ts';
import { nssEventHandlers } from './events.ts';
import { nssRoutes } from './routes.ts';

/** The national support services: validating the teachers of their country. */
export const nssModule: DomainModule = {
  name: 'nss',
  routes: [nssRoutes],
  events: nssEventHandlers,
  mails: ['account_validated', 'account_rejected'],
};
