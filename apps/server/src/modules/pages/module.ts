import type { DomainModule } from '../../platform/module.ts';
import { pagesRoutes } from './routes.ts';

export { pageHtmlRules } from './document.ts';
export { countPages } from './queries.ts';
export { materialIdOfImage } from './schema.ts';
export type { PagesReadView } from './tables.ts';

/** A TwinSpace's pages, co-written live. */
export const pagesModule: DomainModule = { name: 'pages', routes: [pagesRoutes] };
