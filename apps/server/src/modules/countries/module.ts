import type { DomainModule } from '../../platform/module.ts';
import { countriesRoutes } from './routes.ts';

export type { CountriesTables } from './tables.ts';

/** The countries of the programme. */
export const countriesModule: DomainModule = { name: 'countries', routes: [countriesRoutes] };
