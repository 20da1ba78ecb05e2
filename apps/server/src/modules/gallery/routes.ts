import { galleryOperations as operations } from '@jumelage/contracts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { galleryPage, publicMaterials, publicPage, publicProject } from './service.ts';

/** What the world sees of the projects: no sign-in, no person named. */
export const galleryRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.search, async (request) => galleryPage(dependencies, request.query));
  route(app, operations.project, async (request) => publicProject(dependencies, request.params.id));
  route(app, operations.page, async (request) => publicPage(dependencies, request.params.id, request.params.pageId));
  route(app, operations.materials, async (request) => publicMaterials(dependencies, request.params.id, request.query));
};
