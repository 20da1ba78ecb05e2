import { ideasOperations as operations } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { changeIdeaStatus, editIdea, expressInterest, findIdeas, myIdeas, postIdea, readIdea, removeIdea } from './service.ts';

/** The partner-finding forum: project ideas and the answers to them. */
export const ideasRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.search, async (request) => findIdeas(dependencies, requireActor(request.actor), request.query));
  route(app, operations.post, async (request) => postIdea(dependencies, requireActor(request.actor), request.body));
  route(app, operations.listMine, async (request) => myIdeas(dependencies, requireActor(request.actor)));
  route(app, operations.read, async (request) => readIdea(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.edit, async (request) => editIdea(dependencies, requireActor(request.actor), request.params.id, request.body));
  route(app, operations.setStatus, async (request) =>
    changeIdeaStatus(dependencies, requireActor(request.actor), request.params.id, request.body.status),
  );
  route(app, operations.remove, async (request) => removeIdea(dependencies, requireActor(request.actor), request.params.id));
  route(app, operations.answer, async (request) => {
    await expressInterest(dependencies, requireActor(request.actor), request.params.id, request.body);
    return { status: 'sent' as const };
  });
};
