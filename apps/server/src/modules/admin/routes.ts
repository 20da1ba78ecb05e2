import { adminOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { createOfficer, officers, outbox, removeOfficer } from './service.ts';

export const adminRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.listOfficers, async (request) => ({ officers: await officers(dependencies, requireActor(request.actor)) }));
  route(app, operations.createOfficer, async (request) => createOfficer(dependencies, requireActor(request.actor), request.body));
  route(app, operations.removeOfficer, async (request) => removeOfficer(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.outbox, async (request) => outbox(dependencies, requireActor(request.actor), request.query));
};
