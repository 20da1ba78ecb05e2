import { searchPartnersQuerySchema, searchPartnersResponseSchema } from '@jumelage/contracts';
import { requireActor } from '../../platform/auth/actor.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { findPartners } from './service.ts';

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
};
