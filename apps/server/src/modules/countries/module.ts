import type { DomainModule } from '../../platform/module.ts';
import { countriesRoutes } from './routes.ts';

/** The countries of the programme. */
export const countriesModule: DomainModule = { name: 'countries', routes: [countriesRoutes] };
