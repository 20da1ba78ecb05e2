import { correspondentsOperations as operations } from '@jumelage/contracts';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { route } from '../../platform/http/operations.ts';
import { addCorrespondent, changeCorrespondent, countryContacts, removeCorrespondent } from './service.ts';

/** The public contacts of each country: regions and their correspondents, kept by the country's NSS. */
export const correspondentsRoutes: AppPlugin = async (app, dependencies) => {
  route(app, operations.ofCountry, async (request) => countryContacts(dependencies, request.actor, request.params.code));
  route(app, operations.add, async (request) => addCorrespondent(dependencies, request.actor, request.params.regionId, request.body));
  route(app, operations.change, async (request) => changeCorrespondent(dependencies, request.actor, request.params.id, request.body));
  route(app, operations.remove, async (request) => removeCorrespondent(dependencies, request.actor, request.params.id));
};
