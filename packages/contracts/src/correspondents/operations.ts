import { z } from 'zod';
import { idParams } from '../platform/common-schemas.ts';
import { defineOperation } from '../platform/define-operation.ts';
import { countryCodeSchema, regionIdSchema } from '../schools/schools.ts';
import { correspondentRequestSchema, correspondentSchema, countryContactsResponseSchema } from './correspondents.ts';

const tags = ['correspondents'];
const countryOfficers = ['unauthenticated', 'forbidden', 'not_found'] as const;

/** The public contacts of each country: regions and their correspondents, kept by the country's NSS. */
export const correspondentsOperations = {
  ofCountry: defineOperation({
    method: 'GET',
    path: '/api/countries/:code/contacts',
    params: z.strictObject({ code: countryCodeSchema }),
    response: { 200: countryContactsResponseSchema },
    errors: ['not_found'],
    summary: "A country's regions and regional correspondents (public)",
    tags,
  }),
  add: defineOperation({
    method: 'POST',
    path: '/api/regions/:regionId/correspondents',
    params: z.strictObject({ regionId: regionIdSchema }),
    body: correspondentRequestSchema,
    response: { 201: correspondentSchema },
    errors: countryOfficers,
    summary: 'Add a correspondent to a region',
    tags,
  }),
  change: defineOperation({
    method: 'PUT',
    path: '/api/correspondents/:id',
    params: idParams,
    body: correspondentRequestSchema,
    response: { 200: correspondentSchema },
    errors: countryOfficers,
    summary: 'Change a correspondent',
    tags,
  }),
  remove: defineOperation({
    method: 'DELETE',
    path: '/api/correspondents/:id',
    params: idParams,
    response: { 204: null },
    errors: countryOfficers,
    summary: 'Remove a correspondent',
    tags,
  }),
};
