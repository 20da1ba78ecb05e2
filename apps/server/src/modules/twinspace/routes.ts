import { myTwinspacesSchema, twinspaceHomeSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { myTwinspaces, twinspaceHome } from './service.ts';

const tags = ['twinspace'];
const projectParams = z.strictObject({ id: z.uuid() });

/** The TwinSpace of an approved project: the ones I am in, and its home. */
export const twinspaceRoutes: AppPlugin = async (app, dependencies) => {
  app.get('/api/my-twinspaces', { schema: { tags, summary: 'The TwinSpaces I am in', response: { 200: myTwinspacesSchema } } }, async (request) =>
    myTwinspaces(dependencies, requireActor(request.actor)),
  );

  app.get(
    '/api/projects/:id/twinspace',
    { schema: { tags, summary: 'Home: members by school, latest changes, what needs my attention', params: projectParams, response: { 200: twinspaceHomeSchema } } },
    async (request) => twinspaceHome(dependencies, requireActor(request.actor), request.params.id),
  );
};
