import { newPageBodySchema, pageDetailSchema, pagePatchSchema, pageTreeSchema, pageVersionSchema, pageVersionsSchema, taggedPupilsBodySchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { installCollaboration } from './collaboration.ts';
import { createPage, editPage, pageTree, pageVersion, pageVersions, readPage, removePage, restoreVersion, tagPupils } from './service.ts';

const tags = ['twinspace pages'];
const noContent = { 204: z.null() };
const pageParams = z.strictObject({ pageId: z.uuid() });
const versionParams = pageParams.extend({ versionId: z.string().regex(/^\d{1,18}$/, 'is a version number') });

/** A TwinSpace's pages: their tree, their settings, their history; the text itself is edited over /api/collab. */
export const pagesRoutes: AppPlugin = async (app, dependencies) => {
  const collaboration = await installCollaboration(app, dependencies, {
    versionEveryMs: dependencies.config.pageVersionEveryMs,
    maxPageBytes: dependencies.config.pageMaxBytes,
    recheckEveryMs: dependencies.config.pageAccessRecheckMs,
  });

  app.get('/api/projects/:id/pages', { schema: { tags, summary: 'The tree of pages, by theme', params: z.strictObject({ id: z.uuid() }), response: { 200: pageTreeSchema } } }, async (request) =>
    pageTree(dependencies, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/api/projects/:id/pages',
    { schema: { tags, summary: 'A new page (teachers)', params: z.strictObject({ id: z.uuid() }), body: newPageBodySchema, response: { 201: z.object({ id: z.uuid() }) } } },
    async (request, reply) => reply.status(201).send(await createPage(dependencies, requireActor(request.actor), request.params.id, request.body)),
  );

  app.get('/api/pages/:pageId', { schema: { tags, summary: 'A page: its text as of the last save, who is shown in it, what I may do', params: pageParams, response: { 200: pageDetailSchema } } }, async (request) =>
    readPage(dependencies, requireActor(request.actor), request.params.pageId),
  );

  app.patch('/api/pages/:pageId', { schema: { tags, summary: 'Rename, move, choose who edits, publish (teachers)', params: pageParams, body: pagePatchSchema, response: noContent } }, async (request, reply) => {
    await editPage(dependencies, requireActor(request.actor), request.params.pageId, request.body);
    return reply.status(204).send(null);
  });

  app.delete('/api/pages/:pageId', { schema: { tags, summary: 'Delete a page and the pages under it (teachers)', params: pageParams, response: noContent } }, async (request, reply) => {
    await removePage(dependencies, requireActor(request.actor), request.params.pageId);
    return reply.status(204).send(null);
  });

  app.put('/api/pages/:pageId/pupils', { schema: { tags, summary: 'The pupils shown in the page (teachers)', params: pageParams, body: taggedPupilsBodySchema, response: noContent } }, async (request, reply) => {
    await tagPupils(dependencies, requireActor(request.actor), request.params.pageId, request.body.pupilIds);
    return reply.status(204).send(null);
  });

  app.get('/api/pages/:pageId/versions', { schema: { tags, summary: "The page's history, newest first", params: pageParams, response: { 200: pageVersionsSchema } } }, async (request) =>
    pageVersions(dependencies, requireActor(request.actor), request.params.pageId),
  );

  app.get('/api/pages/:pageId/versions/:versionId', { schema: { tags, summary: 'An earlier version', params: versionParams, response: { 200: pageVersionSchema } } }, async (request) =>
    pageVersion(dependencies, requireActor(request.actor), request.params.pageId, request.params.versionId),
  );

  app.post(
    '/api/pages/:pageId/versions/:versionId/restore',
    { schema: { tags, summary: 'Bring back an earlier version (teachers); open editors receive it', params: versionParams, response: noContent } },
    async (request, reply) => {
      await restoreVersion(dependencies, collaboration, requireActor(request.actor), request.params.pageId, request.params.versionId);
      return reply.status(204).send(null);
    },
  );
};
