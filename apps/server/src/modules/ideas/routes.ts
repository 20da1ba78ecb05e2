import { ideaBodySchema, ideaDetailSchema, ideaStatusBodySchema, interestBodySchema, myIdeasResponseSchema, searchIdeasQuerySchema, searchIdeasResponseSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { changeIdeaStatus, editIdea, expressInterest, findIdeas, myIdeas, postIdea, readIdea, removeIdea } from './service.ts';

const tags = ['ideas'];
const noContent = { 204: z.null() };
const ideaParams = z.strictObject({ id: z.uuid() });

/** The partner-finding forum: project ideas and the answers to them. */
export const ideasRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/ideas',
    { schema: { tags, summary: 'Search open project ideas of colleagues', querystring: searchIdeasQuerySchema, response: { 200: searchIdeasResponseSchema } } },
    async (request) => findIdeas(dependencies, requireActor(request.actor), request.query),
  );

  app.post('/api/ideas', { schema: { tags, summary: 'Post a project idea', body: ideaBodySchema, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) =>
    reply.status(201).send(await postIdea(dependencies, requireActor(request.actor), request.body)),
  );

  app.get('/api/my-ideas', { schema: { tags, summary: 'My project ideas, open and closed', response: { 200: myIdeasResponseSchema } } }, async (request) =>
    myIdeas(dependencies, requireActor(request.actor)),
  );

  app.get('/api/ideas/:id', { schema: { tags, summary: 'One idea, with my answer or, for its author, every answer', params: ideaParams, response: { 200: ideaDetailSchema } } }, async (request) =>
    readIdea(dependencies, requireActor(request.actor), request.params.id),
  );

  app.put('/api/ideas/:id', { schema: { tags, summary: 'Change my idea', params: ideaParams, body: ideaBodySchema, response: noContent } }, async (request, reply) => {
    await editIdea(dependencies, requireActor(request.actor), request.params.id, request.body);
    return reply.status(204).send(null);
  });

  app.put(
    '/api/ideas/:id/status',
    { schema: { tags, summary: 'Close my idea (it leaves the search) or open it again', params: ideaParams, body: ideaStatusBodySchema, response: noContent } },
    async (request, reply) => {
      await changeIdeaStatus(dependencies, requireActor(request.actor), request.params.id, request.body.status);
      return reply.status(204).send(null);
    },
  );

  app.delete('/api/ideas/:id', { schema: { tags, summary: 'Delete my idea and its answers', params: ideaParams, response: noContent } }, async (request, reply) => {
    await removeIdea(dependencies, requireActor(request.actor), request.params.id);
    return reply.status(204).send(null);
  });

  app.post(
    '/api/ideas/:id/interests',
    { schema: { tags, summary: 'Answer an idea: the author receives the message', params: ideaParams, body: interestBodySchema, response: { 201: z.object({ status: z.literal('sent') }) } } },
    async (request, reply) => {
      await expressInterest(dependencies, requireActor(request.actor), request.params.id, request.body);
      return reply.status(201).send({ status: 'sent' });
    },
  );
};
