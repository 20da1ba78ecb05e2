import type { DomainModule } from '../../platform/module.ts';
import { schoolsRoutes } from './routes.ts';

export { countryExists, findSchool, insertSchool, listRegions } from './queries.ts';
export type { SchoolsTables } from './tables.ts';

/** Schools and the regions of each country. */
export const schoolsModule: DomainModule = { name: 'schools', routes: [schoolsRoutes] };
