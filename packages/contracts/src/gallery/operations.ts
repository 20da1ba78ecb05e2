import { idParams } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import {
  galleryQuerySchema,
  galleryResponseSchema,
  publicMaterialsQuerySchema,
  publicMaterialsSchema,
  publicPageParamsSchema,
  publicPageSchema,
  publicProjectDetailSchema,
} from './gallery.ts';

const tags = ['gallery'];

/** What the world sees of the projects: no sign-in, no person named. */
export const galleryOperations = {
  search: defineOperation({
    method: 'GET',
    path: '/api/gallery',
    query: galleryQuerySchema,
    response: { 200: galleryResponseSchema },
    errors: [],
    summary: 'Search the public projects',
    tags,
  }),
  project: defineOperation({
    method: 'GET',
    path: '/api/gallery/:id',
    params: idParams,
    response: { 200: publicProjectDetailSchema },
    errors: ['not_found'],
    summary: 'A public project: summary, partner schools and countries, its public pages',
    tags,
  }),
  page: defineOperation({
    method: 'GET',
    path: '/api/gallery/:id/pages/:pageId',
    params: publicPageParamsSchema,
    response: { 200: publicPageSchema },
    errors: ['not_found'],
    summary: 'A public page of a public project: its title and text',
    tags,
  }),
  materials: defineOperation({
    method: 'GET',
    path: '/api/gallery/:id/materials',
    params: idParams,
    query: publicMaterialsQuerySchema,
    response: { 200: publicMaterialsSchema },
    errors: ['not_found'],
    summary: 'The public materials of a public project, newest first; files at /api/materials/{id}/file',
    tags,
  }),
};
