import { z } from 'zod';
import { subjects } from '../accounts/vocabulary.ts';
import { isCountryCode } from '../countries/country-codes.ts';
import { agesInOrder, pupilAgeParameter } from '../partners/search-partners.ts';
import { projectContentSchema, projectThemes } from './projects.ts';

export const galleryQuerySchema = z
  .strictObject({
    q: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('Words of the title, summary or description'),
    theme: z.enum(projectThemes).optional(),
    subject: z.enum(subjects).optional(),
    country: z.string().refine(isCountryCode, 'is not a participating country').optional().describe('A partner school is in this country'),
    ageMin: pupilAgeParameter.describe("Pupils' ages: the range must overlap the project's"),
    ageMax: pupilAgeParameter,
    year: z.coerce.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier').optional().describe('The year the project started'),
    after: z.string().max(300).optional().describe('Cursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine(...agesInOrder);
export type GalleryQuery = z.input<typeof galleryQuerySchema>;
export type ParsedGalleryQuery = z.output<typeof galleryQuerySchema>;
/** The filters of the gallery as they stand in its URL. */
export const galleryFilterNames = ['q', 'theme', 'subject', 'country', 'ageMin', 'ageMax', 'year'] as const;

/** A project as the public sees it: schools and countries, never a person. */
export const publicProjectSchema = projectContentSchema
  .pick({ title: true, summary: true, themes: true, subjects: true, pupilAgeMin: true, pupilAgeMax: true, languages: true, startsOn: true, endsOn: true })
  .extend({ id: z.uuid(), status: z.enum(['active', 'closed']), countries: z.array(z.string()), approvedAt: z.iso.datetime() })
  .meta({ id: 'PublicProject' });
export type PublicProject = z.infer<typeof publicProjectSchema>;

export const galleryResponseSchema = z
  .object({ results: z.array(publicProjectSchema).describe('Newest approval first'), nextCursor: z.string().nullable() })
  .meta({ id: 'GalleryResponse' });
export type GalleryResponse = z.infer<typeof galleryResponseSchema>;

export const publicProjectDetailSchema = publicProjectSchema
  .extend({
    ...projectContentSchema.pick({ description: true, objectives: true, expectedResults: true }).shape,
    schools: z.array(z.object({ name: z.string(), town: z.string(), countryCode: z.string() })),
  })
  .meta({ id: 'PublicProjectDetail' });
export type PublicProjectDetail = z.infer<typeof publicProjectDetailSchema>;
