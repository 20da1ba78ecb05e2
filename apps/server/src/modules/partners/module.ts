import type { DomainModule } from '../../platform/module.ts';
import { partnersRoutes } from './routes.ts';

export { partnersPolicy } from './policy.ts';
export { nonEmpty } from './service.ts';
export type { PartnersReadView } from './tables.ts';

/** Finding partners abroad: search and suggestions. */
export const partnersModule: DomainModule = { name: 'partners', routes: [partnersRoutes] };
