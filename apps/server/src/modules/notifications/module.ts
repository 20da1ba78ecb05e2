import type { DomainModule } from '../../platform/module.ts';
import { notificationsRoutes } from './routes.ts';

export { forgetNotificationsAbout, notifying, type NewNotification } from './deliver.ts';

/** What happened that concerns a person: in the app, and by e-mail. */
export const notificationsModule: DomainModule = { name: 'notifications', routes: [notificationsRoutes] };
