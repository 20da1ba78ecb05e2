import { schoolsOperations as operations } from '@jumelage/contracts';
import { notFound } from '../../platform/errors.ts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { countryExists, listRegions, searchSchools } from './queries.ts';

/** Schools and regions are public: a person registering searches them before having an account. */
export const schoolsRoutes: AppPlugin = async (app, { database }) => {
  route(app, operations.search, async (request) => {
    const { country, q, limit } = request.query;
    if (!(await countryExists(database.db, country))) throw notFound('This country');
    return { schools: await searchSchools(database.db, country, q, limit) };
  });

  route(app, operations.regions, async (request) => {
    if (!(await countryExists(database.db, request.params.code))) throw notFound('This country');
    return { regions: await listRegions(database.db, request.params.code) };
  });
};
