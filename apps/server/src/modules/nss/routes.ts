import { countryCodeSchema, teacherDecisionRequestSchema, teacherDecisionResponseSchema, validationQueueQuerySchema, validationQueueResponseSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { decideOnTeachers, validationQueue } from './service.ts';

const tags = ['national support'];

export const nssRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/nss/pending-teachers',
    {
      schema: {
        tags,
        summary: "Teachers waiting for validation in the officer's country, oldest first",
        querystring: validationQueueQuerySchema,
        response: { 200: validationQueueResponseSchema },
      },
    },
    async (request) => validationQueue(dependencies, requireActor(request.actor), request.query),
  );

  app.post(
    '/api/nss/teacher-decisions',
    {
      schema: {
        tags,
        summary: 'Validate or reject one or several pending teachers',
        querystring: z.strictObject({ country: countryCodeSchema.optional() }),
        body: teacherDecisionRequestSchema,
        response: { 200: teacherDecisionResponseSchema },
      },
    },
    async (request) => decideOnTeachers(dependencies, requireActor(request.actor), request.body, request.query.country),
  );
};
