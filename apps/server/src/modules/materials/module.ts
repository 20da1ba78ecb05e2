import type { DomainModule } from '../../platform/module.ts';
import { materialsRoutes } from './routes.ts';
export type { MaterialsReadView } from './tables.ts';

/** A TwinSpace's files and albums. */
export const materialsModule: DomainModule = { name: 'materials', routes: [materialsRoutes] };
