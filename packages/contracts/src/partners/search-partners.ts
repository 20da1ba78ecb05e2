import { z } from 'zod';
import { fieldIssue } from '../platform/errors.ts';
import { opaqueToken, singleLine } from '../platform/text.ts';
import { subjects, workingLanguages } from '../accounts/vocabulary.ts';
import { isCountryCode } from '../countries/country-codes.ts';
import { schoolLevels } from '../schools/schools.ts';

/** A comma-separated list in the query string (`subjects=history,music`), so that a search is a shareable URL. */
const commaSeparated = singleLine()
  .max(2000)
  .transform((text) => [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ]);

export function listParameter(allowed: (value: string) => boolean, max: number, what: string) {
  return commaSeparated
    .refine((values) => values.length <= max, fieldIssue('too_many', `must name at most ${max} ${what}`, { max }))
    .refine((values) => values.every(allowed), fieldIssue('not_an_option', `names an unknown ${what}`));
}

export const isOneOf = (values: readonly string[]) => (value: string) => values.includes(value);

/** One end of a searched range of pupils' ages. */
export const pupilAgeParameter = z.coerce.number().int().min(2).max(25).optional();

/** The rule every search with an age range checks: the range is not reversed. */
export const agesInOrder: [
  (query: { ageMin?: number | undefined; ageMax?: number | undefined }) => boolean,
  ReturnType<typeof fieldIssue> & { path: string[] },
] = [
  (query) => query.ageMin === undefined || query.ageMax === undefined || query.ageMin <= query.ageMax,
  { ...fieldIssue('reversed_range', 'the youngest age must not be above the oldest'), path: ['ageMax'] },
];

export const searchPartnersQuerySchema = z
  .strictObject({
    q: singleLine()
      .trim()
      .max(200, 'must be at most 200 characters')
      .optional()
      .describe('Names, school, town, presentation; accents and case do not matter'),
    countries: listParameter(isCountryCode, 44, 'country code').optional().describe('Country codes, comma-separated'),
    includeOwnCountry: z
      .enum(['true', 'false'])
      .optional()
      .describe('Colleagues of my own country are left out unless this is true or my country is named'),
    subjects: listParameter(isOneOf(subjects), 10, 'subject').optional(),
    languages: listParameter(isOneOf(workingLanguages), 10, 'language').optional().describe('Working languages: any of them'),
    levels: listParameter(isOneOf(schoolLevels), 5, 'school level').optional(),
    ageMin: pupilAgeParameter.describe("Pupils' ages: the range must overlap the teacher's"),
    ageMax: pupilAgeParameter,
    lookingForPartners: z.enum(['true']).optional(),
    after: opaqueToken().max(300).optional().describe('Cursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine(...agesInOrder);
export type SearchPartnersQuery = z.input<typeof searchPartnersQuerySchema>;

export const partnerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    schoolName: z.string(),
    town: z.string(),
    countryCode: z.string(),
    level: z.enum(schoolLevels),
    subjects: z.array(z.string()),
    pupilAgeMin: z.number().int().nullable(),
    pupilAgeMax: z.number().int().nullable(),
    workingLanguages: z.array(z.string()),
    lookingForPartners: z.boolean(),
    lastActiveAt: z.iso.datetime(),
  })
  .meta({ id: 'Partner' });
export type Partner = z.infer<typeof partnerSchema>;

const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const searchPartnersResponseSchema = z
  .object({
    results: z.array(partnerSchema).describe('Most relevant first, then most recently active'),
    nextCursor: z.string().nullable(),
    matches: z.number().int().describe('How many teachers match, counted up to `matchesCounted`'),
    matchesCounted: z.number().int().describe('The counting stops there: more may match'),
    facets: z
      .object({ countries: facetSchema, subjects: facetSchema, languages: facetSchema })
      .describe('For the current query: how many of the counted matches have each value'),
  })
  .meta({ id: 'SearchPartnersResponse' });
export type SearchPartnersResponse = z.infer<typeof searchPartnersResponseSchema>;
