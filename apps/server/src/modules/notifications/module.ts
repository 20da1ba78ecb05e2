import type { DomainModule } from '../../platform/module.ts';
import { notificationsRoutes } from './routes.ts';

export { notify } from './notify.ts';

/** What happened that concerns a person: in the app, and by e-mail. */
export const notificationsModule: DomainModule = { name: 'notifications', routes: [notificationsRoutes] };
