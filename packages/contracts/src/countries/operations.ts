import { defineOperation } from '../platform/define-operation.ts';
import { listCountriesResponseSchema } from './list-countries.ts';

/** Reference data every later page uses: the participating countries. Public. */
export const countriesOperations = {
  list: defineOperation({
    method: 'GET',
    path: '/api/countries',
    response: { 200: listCountriesResponseSchema },
    errors: [],
    summary: 'List the participating countries',
    tags: ['countries'],
  }),
};
