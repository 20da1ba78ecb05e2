import { countriesOperations as operations } from '@jumelage/contracts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { listCountries } from './queries.ts';

/** Reference data every later page uses: the participating countries. Public. */
export const countriesRoutes: AppPlugin = async (app, { database }) => {
  route(app, operations.list, async () => ({ countries: await listCountries(database) }));
};
