import {
  galleryQuerySchema,
  galleryResponseSchema,
  publicMaterialsQuerySchema,
  publicMaterialsSchema,
  publicPageParamsSchema,
  publicPageSchema,
  publicProjectDetailSchema,
} from '@jumelage/contracts';
import { z } from 'zod';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { galleryPage, publicMaterials, publicPage, publicProject } from './service.ts';

const tags = ['gallery'];
const projectParams = z.strictObject({ id: z.uuid() });

/** What the world sees of the projects: no sign-in, no person named. */
export const galleryRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/gallery',
    { schema: { tags, summary: 'Search the public projects', querystring: galleryQuerySchema, response: { 200: galleryResponseSchema } } },
    async (request) => galleryPage(dependencies, request.query),
  );

  app.get(
    '/api/gallery/:id',
    { schema: { tags, summary: 'A public project: summary, partner schools and countries, its public pages', params: projectParams, response: { 200: publicProjectDetailSchema } } },
    async (request) => publicProject(dependencies, request.params.id),
  );

  app.get(
    '/api/gallery/:id/pages/:pageId',
    { schema: { tags, summary: 'A public page of a public project: its title and text', params: publicPageParamsSchema, response: { 200: publicPageSchema } } },
    async (request) => publicPage(dependencies, request.params.id, request.params.pageId),
  );

  app.get(
    '/api/gallery/:id/materials',
    { schema: { tags, summary: 'The public materials of a public project, newest first; files at /api/materials/{id}/file', params: projectParams, querystring: publicMaterialsQuerySchema, response: { 200: publicMaterialsSchema } } },
    async (request) => publicMaterials(dependencies, request.params.id, request.query),
  );
};
