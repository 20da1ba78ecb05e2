import type { DomainModule } from '../../platform/module.ts';
import { prerenderGalleryPage } from './prerender.ts';
import { galleryRoutes } from './routes.ts';

/** What the world sees of the projects: approved projects their founders show, and what they made public. */
export const galleryModule: DomainModule = { name: 'gallery', routes: [galleryRoutes], prerender: prerenderGalleryPage };
