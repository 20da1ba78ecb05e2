import { twinspaceOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { myTwinspaces, twinspaceHome } from './service.ts';

/** The TwinSpace of an approved project: the ones I am in, and its home. */
export const twinspaceRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.listMine, async (request) => myTwinspaces(dependencies, requireActor(request.actor)));
  route(app, operations.home, async (request) => twinspaceHome(dependencies, requireActor(request.actor), request.params.id));
};
