import { partnersOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { findPartners } from './service.ts';
import { suggestedPartners } from './suggestions-service.ts';

export const partnersRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.search, async (request) => findPartners(dependencies, requireActor(request.actor), request.query));
  route(app, operations.suggestions, async (request) => suggestedPartners(dependencies, requireActor(request.actor), request.query.limit));
};
