import { galleryQuerySchema, galleryResponseSchema, publicProjectDetailSchema } from '@jumelage/contracts';
import { z } from 'zod';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { galleryPage, publicProject } from './service.ts';

const tags = ['gallery'];

/** What the world sees of the projects: no sign-in, no person named. */
export const galleryRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/gallery',
    { schema: { tags, summary: 'Search the public projects', querystring: galleryQuerySchema, response: { 200: galleryResponseSchema } } },
    async (request) => galleryPage(dependencies, request.query),
  );

  app.get(
    '/api/gallery/:id',
    { schema: { tags, summary: 'A public project: summary, partner schools and countries', params: z.strictObject({ id: z.uuid() }), response: { 200: publicProjectDetailSchema } } },
    async (request) => publicProject(dependencies, request.params.id),
  );
};
