import {
  invitationAnswerSchema,
  invitationBodySchema,
  myProjectsResponseSchema,
  newProjectBodySchema,
  partnerPlanBodySchema,
  projectDecisionBodySchema,
  projectDetailSchema,
  projectPatchSchema,
  reviewQueueQuerySchema,
  reviewQueueResponseSchema,
  savedProjectSchema,
  visibilityBodySchema,
} from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { answerInvitation, inviteToProject, withdrawInvitation } from './invitations-service.ts';
import { removeMember } from './members.ts';
import { myProjects, reviewQueue } from './listing-service.ts';
import { closeProject, createProject, decideOnProject, editProject, readProject, removeDraft, savePartnerPlan, setProjectVisibility, submitProject, withdrawProject } from './service.ts';

const tags = ['projects'];
const noContent = { 204: z.null() };
const projectParams = z.strictObject({ id: z.uuid() });

/** Projects from the first draft to approval by every founding country, and their members. */
export const projectsRoutes: AppPlugin = async (app, dependencies) => {
  app.post('/api/projects', { schema: { tags, summary: 'Start a project draft; I am its first founder', body: newProjectBodySchema, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) =>
    reply.status(201).send(await createProject(dependencies, requireActor(request.actor), request.body)),
  );

  app.get('/api/my-projects', { schema: { tags, summary: 'My dashboard: my projects, invitations, what waits for me', response: { 200: myProjectsResponseSchema } } }, async (request) =>
    myProjects(dependencies, requireActor(request.actor)),
  );

  app.get(
    '/api/projects/:id',
    { schema: { tags, summary: 'A project as its members, invitees and deciding officers see it', params: projectParams, response: { 200: projectDetailSchema } } },
    async (request) => readProject(dependencies, requireActor(request.actor), request.params.id),
  );

  app.patch(
    '/api/projects/:id',
    { schema: { tags, summary: 'Save the fields a founder changed (drafts save as they are typed)', params: projectParams, body: projectPatchSchema, response: { 200: savedProjectSchema } } },
    async (request) => editProject(dependencies, requireActor(request.actor), request.params.id, request.body),
  );

  app.delete('/api/projects/:id', { schema: { tags, summary: 'Delete a draft', params: projectParams, response: noContent } }, async (request, reply) => {
    await removeDraft(dependencies, requireActor(request.actor), request.params.id);
    return reply.status(204).send(null);
  });

  app.put(
    '/api/projects/:id/my-plan',
    { schema: { tags, summary: 'What my school can give: time per week and digital tools', params: projectParams, body: partnerPlanBodySchema, response: noContent } },
    async (request, reply) => {
      await savePartnerPlan(dependencies, requireActor(request.actor), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  const founderActions = {
    submit: { summary: 'Send the project to the NSS of every founding country', run: submitProject },
    withdraw: { summary: 'Take a submitted project back to draft', run: withdrawProject },
    close: { summary: 'Close an active project: read-only, still visible', run: (deps, actor, id) => closeProject(deps, actor, id, true) },
    reopen: { summary: 'Reopen a closed project', run: (deps, actor, id) => closeProject(deps, actor, id, false) },
  } satisfies Record<string, { summary: string; run: typeof submitProject }>;
  for (const [action, { summary, run }] of Object.entries(founderActions)) {
    app.post(`/api/projects/:id/${action}`, { schema: { tags, summary, params: projectParams, response: noContent } }, async (request, reply) => {
      await run(dependencies, requireActor(request.actor), request.params.id);
      return reply.status(204).send(null);
    });
  }

  app.put(
    '/api/projects/:id/visibility',
    { schema: { tags, summary: 'Show the project in the public gallery once approved, or not', params: projectParams, body: visibilityBodySchema, response: noContent } },
    async (request, reply) => {
      await setProjectVisibility(dependencies, requireActor(request.actor), request.params.id, request.body.isPublic);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/projects/:id/invitations',
    { schema: { tags, summary: 'Invite a contact as co-founder, or a teacher as member', params: projectParams, body: invitationBodySchema, response: { 201: z.object({ id: z.uuid() }) } } },
    async (request, reply) => reply.status(201).send(await inviteToProject(dependencies, requireActor(request.actor), request.params.id, request.body)),
  );

  app.delete(
    '/api/projects/:id/invitations/:invitationId',
    { schema: { tags, summary: 'Withdraw an invitation not yet answered', params: z.strictObject({ id: z.uuid(), invitationId: z.uuid() }), response: noContent } },
    async (request, reply) => {
      await withdrawInvitation(dependencies, requireActor(request.actor), request.params.id, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/project-invitations/:id/answer',
    { schema: { tags, summary: 'Accept or decline an invitation to a project', params: projectParams, body: invitationAnswerSchema, response: { 200: z.object({ projectId: z.uuid() }) } } },
    async (request) => answerInvitation(dependencies, requireActor(request.actor), request.params.id, request.body.answer),
  );

  app.delete(
    '/api/projects/:id/members/:teacherId',
    { schema: { tags, summary: 'Take a member teacher out (founders), or leave (members)', params: projectParams.extend({ teacherId: z.uuid() }), response: noContent } },
    async (request, reply) => {
      await removeMember(dependencies, requireActor(request.actor), request.params.id, request.params.teacherId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/nss/pending-projects',
    { schema: { tags: ['national support'], summary: "Submitted projects waiting for the officer's country", querystring: reviewQueueQuerySchema, response: { 200: reviewQueueResponseSchema } } },
    async (request) => reviewQueue(dependencies, requireActor(request.actor), request.query),
  );

  app.post(
    '/api/nss/projects/:id/decision',
    { schema: { tags: ['national support'], summary: "Approve, ask for changes, or reject, for the officer's country", params: projectParams, body: projectDecisionBodySchema, response: noContent } },
    async (request, reply) => {
      await decideOnProject(dependencies, requireActor(request.actor), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
};
