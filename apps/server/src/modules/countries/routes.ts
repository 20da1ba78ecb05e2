import { listCountriesResponseSchema } from '@jumelage/contracts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { listCountries } from './queries.ts';

/** Reference data every later page uses: the participating countries. Public. */
export const countriesRoutes: AppPlugin = async (app, { database }) => {
  app.get(
    '/api/countries',
    {
      schema: {
        tags: ['countries'],
        summary: 'List the participating countries',
        response: { 200: listCountriesResponseSchema },
      },
    },
    async () => ({ countries: await listCountries(database) }),
  );
};
