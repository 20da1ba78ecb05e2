import type { DomainModule } from '../../platform/module.ts';
import { correspondentsRoutes } from './routes.ts';

/** The public contacts of each country: its regions and their regional correspondents. */
export const correspondentsModule: DomainModule = { name: 'correspondents', routes: [correspondentsRoutes] };
