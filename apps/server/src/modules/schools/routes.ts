import { countryCodeSchema, listRegionsResponseSchema, searchSchoolsQuerySchema, searchSchoolsResponseSchema } from '@jumelage/contracts';
import { z } from 'zod';
import { notFound } from '../../platform/errors.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { countryExists, listRegions, searchSchools } from './queries.ts';

/** Schools and regions are public: a person registering searches them before having an account. */
export const schoolsRoutes: AppPlugin = async (app, { database }) => {
  app.get(
    '/api/schools',
    {
      schema: {
        tags: ['schools'],
        summary: 'Search the schools of a country by name or town',
        querystring: searchSchoolsQuerySchema,
        response: { 200: searchSchoolsResponseSchema },
      },
    },
    async (request) => {
      const { country, q, limit } = request.query;
      if (!(await countryExists(database.db, country))) throw notFound('This country');
      return { schools: await searchSchools(database.db, country, q, limit) };
    },
  );

  app.get(
    '/api/countries/:code/regions',
    {
      schema: {
        tags: ['schools'],
        summary: 'List the regions of a country (empty when the platform has none for it)',
        params: z.strictObject({ code: countryCodeSchema }),
        response: { 200: listRegionsResponseSchema },
      },
    },
    async (request) => {
      if (!(await countryExists(database.db, request.params.code))) throw notFound('This country');
      return { regions: await listRegions(database.db, request.params.code) };
    },
  );
};
