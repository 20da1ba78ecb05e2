import { lazyPage } from './lazy-component.tsx';

/** The pages shown instead of the one asked for, each its own chunk. */
export const NotFoundPage = lazyPage(() => import('../features/errors/NotFoundPage.tsx'), 'NotFoundPage');
export const ForbiddenPage = lazyPage(() => import('../features/errors/ForbiddenPage.tsx'), 'ForbiddenPage');
