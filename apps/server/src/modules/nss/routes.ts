import { nssOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { decideOnTeachers, validationQueue } from './service.ts';

export const nssRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.pendingTeachers, async (request) => validationQueue(dependencies, requireActor(request.actor), request.query));
  route(app, operations.decideOnTeachers, async (request) =>
    decideOnTeachers(dependencies, requireActor(request.actor), request.body, request.query.country),
  );
};
