import { z } from 'zod';
import { createdSchema, idParams } from '../platform/common-schemas.ts';
import { defineOperation, webSocketAnswer } from '../platform/define-operation.ts';
import {
  newPageBodySchema,
  pageDetailSchema,
  pagePatchSchema,
  pageTreeSchema,
  pageVersionSchema,
  pageVersionsSchema,
  taggedPupilsBodySchema,
} from './pages.ts';

const tags = ['twinspace pages'];
const pageParams = z.strictObject({ pageId: z.uuid() });
const versionParams = pageParams.extend({ versionId: z.string().regex(/^\d{1,18}$/, 'is a version number') });
const onPage = ['unauthenticated', 'not_found', 'forbidden'] as const;

/** A TwinSpace's pages: their tree, their settings, their history; the text itself is edited over `collaborate`. */
export const pagesOperations = {
  tree: defineOperation({
    method: 'GET',
    path: '/api/projects/:id/pages',
    params: idParams,
    response: { 200: pageTreeSchema },
    errors: ['unauthenticated', 'not_found'],
    summary: 'The tree of pages, by theme',
    tags,
  }),
  create: defineOperation({
    method: 'POST',
    path: '/api/projects/:id/pages',
    params: idParams,
    body: newPageBodySchema,
    response: { 201: createdSchema },
    errors: [...onPage, 'twinspace_read_only', 'page_limit_reached'],
    summary: 'A new page (teachers)',
    tags,
  }),
  read: defineOperation({
    method: 'GET',
    path: '/api/pages/:pageId',
    params: pageParams,
    response: { 200: pageDetailSchema },
    errors: ['unauthenticated', 'not_found'],
    summary: 'A page: its text as of the last save, who is shown in it, what I may do',
    tags,
  }),
  edit: defineOperation({
    method: 'PATCH',
    path: '/api/pages/:pageId',
    params: pageParams,
    body: pagePatchSchema,
    response: { 204: null },
    errors: [...onPage, 'image_consent_missing', 'twinspace_read_only'],
    summary: 'Rename, move, choose who edits, publish (teachers)',
    tags,
  }),
  remove: defineOperation({
    method: 'DELETE',
    path: '/api/pages/:pageId',
    params: pageParams,
    response: { 204: null },
    errors: [...onPage, 'twinspace_read_only'],
    summary: 'Delete a page and the pages under it (teachers)',
    tags,
  }),
  tagPupils: defineOperation({
    method: 'PUT',
    path: '/api/pages/:pageId/pupils',
    params: pageParams,
    body: taggedPupilsBodySchema,
    response: { 204: null },
    errors: [...onPage, 'image_consent_missing', 'twinspace_read_only', 'pupil_deleted_meanwhile'],
    summary: 'The pupils shown in the page (teachers)',
    tags,
  }),
  versions: defineOperation({
    method: 'GET',
    path: '/api/pages/:pageId/versions',
    params: pageParams,
    response: { 200: pageVersionsSchema },
    errors: ['unauthenticated', 'not_found', 'forbidden'],
    summary: "The page's history, newest first",
    tags,
  }),
  version: defineOperation({
    method: 'GET',
    path: '/api/pages/:pageId/versions/:versionId',
    params: versionParams,
    response: { 200: pageVersionSchema },
    errors: ['unauthenticated', 'not_found', 'forbidden'],
    summary: 'An earlier version',
    tags,
  }),
  restoreVersion: defineOperation({
    method: 'POST',
    path: '/api/pages/:pageId/versions/:versionId/restore',
    params: versionParams,
    response: { 204: null },
    errors: [...onPage, 'twinspace_read_only'],
    summary: 'Bring back an earlier version (teachers); open editors receive it',
    tags,
  }),
  collaborate: defineOperation({
    method: 'GET',
    path: '/api/collab',
    response: { 101: webSocketAnswer('Hocuspocus (Yjs): the pages a member opens, edited together') },
    errors: [],
    summary: "A WebSocket for editing pages together; the session's cookie says who, each page is checked",
    tags,
    hidden: true,
  }),
};
