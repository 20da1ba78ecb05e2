import { correspondentRequestSchema, correspondentSchema, countryCodeSchema, countryContactsResponseSchema, regionIdSchema } from '@jumelage/contracts';
import { z } from 'zod';
import type { AppPlugin } from '../../platform/http/app-plugin.ts';
import { addCorrespondent, changeCorrespondent, countryContacts, removeCorrespondent } from './service.ts';

const tags = ['correspondents'];
const correspondentParams = z.strictObject({ id: z.uuid() });

/** The public contacts of each country: regions and their correspondents, kept by the country's NSS. */
export const correspondentsRoutes: AppPlugin = async (app, dependencies) => {
  app.get(
    '/api/countries/:code/contacts',
    {
      schema: {
        tags,
        summary: "A country's regions and regional correspondents (public)",
        params: z.strictObject({ code: countryCodeSchema }),
        response: { 200: countryContactsResponseSchema },
      },
    },
    async (request) => countryContacts(dependencies, request.actor, request.params.code),
  );

  app.post(
    '/api/regions/:regionId/correspondents',
    {
      schema: {
        tags,
        summary: 'Add a correspondent to a region',
        params: z.strictObject({ regionId: regionIdSchema }),
        body: correspondentRequestSchema,
        response: { 201: correspondentSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addCorrespondent(dependencies, request.actor, request.params.regionId, request.body)),
  );

  app.put(
    '/api/correspondents/:id',
    { schema: { tags, summary: 'Change a correspondent', params: correspondentParams, body: correspondentRequestSchema, response: { 200: correspondentSchema } } },
    async (request) => changeCorrespondent(dependencies, request.actor, request.params.id, request.body),
  );

  app.delete(
    '/api/correspondents/:id',
    { schema: { tags, summary: 'Remove a correspondent', params: correspondentParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeCorrespondent(dependencies, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
