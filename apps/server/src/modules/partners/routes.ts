import { searchPartnersQuerySchema, searchPartnersResponseSchema, suggestedPartnersResponseSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { findPartners } from './service.ts';
import { suggestedPartners } from './suggestions-service.ts';

export const partnersRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/partners',
    {
      schema: {
        tags: ['partners'],
        summary: 'Search validated teachers abroad by text, country, subject, ages, language, level',
        querystring: searchPartnersQuerySchema,
        response: { 200: searchPartnersResponseSchema },
      },
    },
    async (request) => findPartners(dependencies, requireActor(request.actor), request.query),
  );

  app.get(
    '/api/partners/suggestions',
    {
      schema: {
        tags: ['partners'],
        summary: 'Colleagues abroad suggested for me, best first, each with the reasons',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(12) }),
        response: { 200: suggestedPartnersResponseSchema },
      },
    },
    async (request) => suggestedPartners(dependencies, requireActor(request.actor), request.query.limit),
  );
};
