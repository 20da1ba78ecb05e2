import {
  existingPupilsBodySchema,
  newPupilsBodySchema,
  pupilCardSchema,
  pupilCardsSchema,
  pupilConsentBodySchema,
  schoolPupilsSchema,
} from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { addExistingPupils, createPupils, deletePupil, pupilsOfMySchool, recordConsent, removePupilFromProject, resetPupilPassword, unlockPupil } from './service.ts';

const tags = ['twinspace'];
const noContent = { 204: z.null() };
const projectParams = z.strictObject({ id: z.uuid() });
const pupilParams = z.strictObject({ pupilId: z.uuid() });

/** Pupils' accounts, kept by their teachers: created for a project, their cards, their families' consent. */
export const pupilsRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/projects/:id/pupils',
    {
      schema: {
        tags,
        summary: "My school's pupils in this project, or all of them (scope=school) to add some",
        params: projectParams,
        querystring: z.strictObject({ scope: z.enum(['project', 'school']).default('project') }),
        response: { 200: schoolPupilsSchema },
      },
    },
    async (request) => pupilsOfMySchool(dependencies, requireActor(request.actor), request.params.id, request.query.scope),
  );

  app.post(
    '/api/projects/:id/pupils',
    { schema: { tags, summary: 'Create pupil accounts of my school from a list of names; returns their cards once', params: projectParams, body: newPupilsBodySchema, response: { 201: pupilCardsSchema } } },
    async (request, reply) => reply.status(201).send(await createPupils(dependencies, requireActor(request.actor), request.params.id, request.body)),
  );

  app.post(
    '/api/projects/:id/pupils/existing',
    { schema: { tags, summary: 'Add pupils of my school who already have an account', params: projectParams, body: existingPupilsBodySchema, response: noContent } },
    async (request, reply) => {
      await addExistingPupils(dependencies, requireActor(request.actor), request.params.id, request.body.pupilIds);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/projects/:id/pupils/:pupilId',
    { schema: { tags, summary: 'Take a pupil out of this project', params: projectParams.extend(pupilParams.shape), response: noContent } },
    async (request, reply) => {
      await removePupilFromProject(dependencies, requireActor(request.actor), request.params.id, request.params.pupilId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/pupils/:pupilId/password',
    { schema: { tags, summary: "A new card for a pupil I look after: the old password and sessions stop working; the pupil's other teachers are told", params: pupilParams, response: { 200: pupilCardSchema } } },
    async (request) => resetPupilPassword(dependencies, requireActor(request.actor), request.params.pupilId),
  );

  app.put(
    '/api/pupils/:pupilId/consent',
    { schema: { tags, summary: "Record the family's consent to the account and to images", params: pupilParams, body: pupilConsentBodySchema, response: noContent } },
    async (request, reply) => {
      await recordConsent(dependencies, requireActor(request.actor), request.params.pupilId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/pupils/:pupilId/unlock',
    { schema: { tags, summary: "Forget a pupil's failed sign-ins, so that they sign in again at once", params: pupilParams, response: noContent } },
    async (request, reply) => {
      await unlockPupil(dependencies, requireActor(request.actor), request.params.pupilId);
      return reply.status(204).send(null);
    },
  );

  app.delete('/api/pupils/:pupilId', { schema: { tags, summary: "Delete a pupil's account", params: pupilParams, response: noContent } }, async (request, reply) => {
    await deletePupil(dependencies, requireActor(request.actor), request.params.pupilId);
    return reply.status(204).send(null);
  });
};
