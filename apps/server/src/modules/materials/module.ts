import type { DomainModule } from '../../platform/module.ts';
import { materialsRoutes } from './routes.ts';

/** A TwinSpace's files and albums. */
export const materialsModule: DomainModule = { name: 'materials', routes: [materialsRoutes] };
