import { pagesOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { installCollaboration } from './collaboration.ts';
import { createPage, editPage, pageTree, pageVersion, pageVersions, readPage, removePage, restoreVersion, tagPupils } from './service.ts';

/** A TwinSpace's pages: their tree, their settings, their history; the text itself is edited over a WebSocket (collaboration.ts). */
export const pagesRoutes: AppPlugin = async (app, dependencies) => {
  const collaboration = await installCollaboration(app, dependencies, {
    versionEveryMs: dependencies.config.pageVersionEveryMs,
    maxPageBytes: dependencies.config.pageMaxBytes,
    recheckEveryMs: dependencies.config.pageAccessRecheckMs,
  });

  route(app, operations.tree, async (request) => pageTree(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.create, async (request) => createPage(dependencies, requireActor(request.actor), request.params.id, request.body));
  route(app, operations.read, async (request) => readPage(dependencies, requireActor(request.actor), request.params.pageId));
  route(app, operations.edit, async (request) => editPage(dependencies, requireActor(request.actor), request.params.pageId, request.body));
  route(app, operations.remove, async (request) => removePage(dependencies, requireActor(request.actor), request.params.pageId));
  route(app, operations.tagPupils, async (request) =>
    tagPupils(dependencies, requireActor(request.actor), request.params.pageId, request.body.pupilIds),
  );
  route(app, operations.versions, async (request) => pageVersions(dependencies, requireActor(request.actor), request.params.pageId));
  route(app, operations.version, async (request) =>
    pageVersion(dependencies, requireActor(request.actor), request.params.pageId, request.params.versionId),
  );
  route(app, operations.restoreVersion, async (request) =>
    restoreVersion(dependencies, collaboration, requireActor(request.actor), request.params.pageId, request.params.versionId),
  );
};
