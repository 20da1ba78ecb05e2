import { z } from 'zod';
import { defineOperation } from '../platform/define-operation.ts';
import { searchPartnersQuerySchema, searchPartnersResponseSchema } from './search-partners.ts';
import { suggestedPartnersResponseSchema } from './suggestions.ts';

const tags = ['partners'];

/** Finding colleagues abroad. */
export const partnersOperations = {
  search: defineOperation({
    method: 'GET',
    path: '/api/partners',
    query: searchPartnersQuerySchema,
    response: { 200: searchPartnersResponseSchema },
    errors: ['unauthenticated', 'forbidden'],
    summary: 'Search validated teachers abroad by text, country, subject, ages, language, level',
    tags,
  }),
  suggestions: defineOperation({
    method: 'GET',
    path: '/api/partners/suggestions',
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(12) }),
    response: { 200: suggestedPartnersResponseSchema },
    errors: ['unauthenticated', 'forbidden'],
    summary: 'Colleagues abroad suggested for me, best first, each with the reasons',
    tags,
  }),
};
