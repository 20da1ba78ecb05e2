import { z } from 'zod';
import { fieldIssue } from '../platform/errors.ts';
import { multiLine, opaqueToken, singleLine } from '../platform/text.ts';
import { participatingCountrySchema } from '../schools/schools.ts';
import { subjects, workingLanguages } from '../accounts/vocabulary.ts';
import { isCountryCode } from '../countries/country-codes.ts';
import { agesInOrder, isOneOf, listParameter, partnerSchema, pupilAgeParameter } from '../partners/search-partners.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2027-09');
const age = z.number().int().min(2, 'must be at least 2').max(25, 'must be at most 25');

export const ideaBodySchema = z
  .strictObject({
    title: singleLine().trim().min(1, 'give the idea a title').max(120, 'must be at most 120 characters'),
    description: multiLine().trim().min(1, 'describe the idea').max(3000, 'must be at most 3,000 characters'),
    subjects: z.array(z.enum(subjects)).min(1, 'choose at least one subject').max(10, 'choose at most 10 subjects'),
    pupilAgeMin: age,
    pupilAgeMax: age,
    languages: z.array(z.enum(workingLanguages)).min(1, 'choose at least one language').max(10, 'choose at most 10 languages'),
    countriesWanted: z.array(participatingCountrySchema).max(44).describe('Countries whose teachers are sought; empty for any'),
    startMonth: month,
    endMonth: month,
  })
  .refine((idea) => idea.pupilAgeMin <= idea.pupilAgeMax, {
    ...fieldIssue('reversed_range', 'the youngest age must not be above the oldest'),
    path: ['pupilAgeMax'],
  })
  .refine((idea) => idea.startMonth <= idea.endMonth, {
    ...fieldIssue('reversed_range', 'the project must not end before it starts'),
    path: ['endMonth'],
  })
  .meta({ id: 'IdeaBody' });
export type IdeaBody = z.infer<typeof ideaBodySchema>;

export const ideaStatuses = ['open', 'closed'] as const;

const authorSchema = partnerSchema.pick({ id: true, name: true, schoolName: true, town: true, countryCode: true });

export const ideaSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    subjects: z.array(z.string()),
    pupilAgeMin: z.number().int(),
    pupilAgeMax: z.number().int(),
    languages: z.array(z.string()),
    countriesWanted: z.array(z.string()),
    startMonth: z.string(),
    endMonth: z.string(),
    status: z.enum(ideaStatuses),
    createdAt: z.iso.datetime(),
    author: authorSchema,
    interests: z.number().int().describe('How many teachers answered'),
  })
  .meta({ id: 'Idea' });
export type Idea = z.infer<typeof ideaSchema>;

export const searchIdeasQuerySchema = z
  .strictObject({
    q: singleLine().trim().max(200, 'must be at most 200 characters').optional().describe('Words of the title or description'),
    countries: listParameter(isCountryCode, 44, 'country code').optional().describe("Authors' countries, comma-separated"),
    openToMyCountry: z.enum(['true']).optional().describe('Only ideas that seek any country or mine'),
    subjects: listParameter(isOneOf(subjects), 10, 'subject').optional(),
    languages: listParameter(isOneOf(workingLanguages), 10, 'language').optional(),
    ageMin: pupilAgeParameter,
    ageMax: pupilAgeParameter,
    after: opaqueToken().max(300).optional().describe('Cursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine(...agesInOrder);
export type SearchIdeasQuery = z.input<typeof searchIdeasQuerySchema>;
export type ParsedSearchIdeasQuery = z.output<typeof searchIdeasQuerySchema>;
/** The filters of the idea search as they stand in a page's URL. */
export const ideaFilterNames = ['q', 'countries', 'openToMyCountry', 'subjects', 'languages', 'ageMin', 'ageMax'] as const;

export const searchIdeasResponseSchema = z
  .object({ results: z.array(ideaSchema).describe('Most relevant first, then newest'), nextCursor: z.string().nullable() })
  .meta({ id: 'SearchIdeasResponse' });
export type SearchIdeasResponse = z.infer<typeof searchIdeasResponseSchema>;

export const interestBodySchema = z
  .strictObject({ message: multiLine().trim().min(1, 'write a few words').max(1000, 'must be at most 1,000 characters') })
  .meta({ id: 'InterestBody' });
export type InterestBody = z.infer<typeof interestBodySchema>;

export const interestSchema = z
  .object({ teacher: authorSchema, message: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Interest' });
export type Interest = z.infer<typeof interestSchema>;

export const ideaDetailSchema = z
  .object({
    idea: ideaSchema,
    mine: z.boolean(),
    myInterest: interestSchema.nullable().describe('What I answered, if I did'),
    receivedInterests: z.array(interestSchema).describe("The answers, for the idea's author only"),
  })
  .meta({ id: 'IdeaDetail' });
export type IdeaDetail = z.infer<typeof ideaDetailSchema>;

export const myIdeasResponseSchema = z.object({ ideas: z.array(ideaSchema) }).meta({ id: 'MyIdeas' });
export type MyIdeasResponse = z.infer<typeof myIdeasResponseSchema>;

export const ideaStatusBodySchema = z.strictObject({ status: z.enum(ideaStatuses) }).meta({ id: 'IdeaStatusBody' });
