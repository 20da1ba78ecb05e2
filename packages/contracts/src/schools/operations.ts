import { z } from 'zod';
import { defineOperation } from '../platform/define-operation.ts';
import { countryCodeSchema, listRegionsResponseSchema, searchSchoolsQuerySchema, searchSchoolsResponseSchema } from './schools.ts';

const tags = ['schools'];

/** Schools and regions are public: a person registering searches them before having an account. */
export const schoolsOperations = {
  search: defineOperation({
    method: 'GET',
    path: '/api/schools',
    query: searchSchoolsQuerySchema,
    response: { 200: searchSchoolsResponseSchema },
    errors: ['not_found'],
    summary: 'Search the schools of a country by name or town',
    tags,
  }),
  regions: defineOperation({
    method: 'GET',
    path: '/api/countries/:code/regions',
    params: z.strictObject({ code: countryCodeSchema }),
    response: { 200: listRegionsResponseSchema },
    errors: ['not_found'],
    summary: 'List the regions of a country (empty when the platform has none for it)',
    tags,
  }),
};
