import { z } from 'zod';
import { opaqueToken, singleLine } from '../platform/text.ts';
import { participatingCountrySchema } from '../schools/schools.ts';
import { subjects } from '../accounts/vocabulary.ts';
import { agesInOrder, pupilAgeParameter } from '../partners/search-partners.ts';
import { materialKinds } from '../materials/materials.ts';
import { projectContentSchema, projectThemes } from '../projects/projects.ts';

export const galleryQuerySchema = z
  .strictObject({
    q: singleLine().trim().max(200, 'must be at most 200 characters').optional().describe('Words of the title, summary or description'),
    theme: z.enum(projectThemes).optional(),
    subject: z.enum(subjects).optional(),
    country: participatingCountrySchema.optional().describe('A partner school is in this country'),
    ageMin: pupilAgeParameter.describe("Pupils' ages: the range must overlap the project's"),
    ageMax: pupilAgeParameter,
    year: z.coerce
      .number()
      .int()
      .min(2000, 'must be 2000 or later')
      .max(2100, 'must be 2100 or earlier')
      .optional()
      .describe('The year the project started'),
    after: opaqueToken().max(300).optional().describe('Cursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine(...agesInOrder);
export type GalleryQuery = z.input<typeof galleryQuerySchema>;
export type ParsedGalleryQuery = z.output<typeof galleryQuerySchema>;
/** The filters of the gallery as they stand in its URL. */
export const galleryFilterNames = ['q', 'theme', 'subject', 'country', 'ageMin', 'ageMax', 'year'] as const;

/** A project as the public sees it: schools and countries, never a person. */
export const publicProjectSchema = projectContentSchema
  .pick({
    title: true,
    summary: true,
    themes: true,
    subjects: true,
    pupilAgeMin: true,
    pupilAgeMax: true,
    languages: true,
    startsOn: true,
    endsOn: true,
  })
  .extend({ id: z.uuid(), status: z.enum(['active', 'closed']), countries: z.array(z.string()), approvedAt: z.iso.datetime() })
  .meta({ id: 'PublicProject' });
export type PublicProject = z.infer<typeof publicProjectSchema>;

export const galleryResponseSchema = z
  .object({ results: z.array(publicProjectSchema).describe('Newest approval first'), nextCursor: z.string().nullable() })
  .meta({ id: 'GalleryResponse' });
export type GalleryResponse = z.infer<typeof galleryResponseSchema>;

/** A public TwinSpace page in the project's list: no author, no one shown in it. */
export const publicPageSummarySchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable().describe('The nearest public page above it; null at the top (a members-only page above is skipped)'),
    title: z.string(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PublicPageSummary' });
export type PublicPageSummary = z.infer<typeof publicPageSummarySchema>;

export const publicProjectDetailSchema = publicProjectSchema
  .extend({
    ...projectContentSchema.pick({ description: true, objectives: true, expectedResults: true }).shape,
    schools: z.array(z.object({ name: z.string(), town: z.string(), countryCode: z.string() })),
    pages: z.array(publicPageSummarySchema).describe("The TwinSpace's public pages, in the teachers' order"),
  })
  .meta({ id: 'PublicProjectDetail' });
export type PublicProjectDetail = z.infer<typeof publicProjectDetailSchema>;

export const publicPageParamsSchema = z.strictObject({ id: z.uuid(), pageId: z.uuid() });

/** One public page: its text as sanitised HTML, without the images of materials that are not public. */
export const publicPageSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    html: z.string().describe('Sanitised HTML; images show public materials of the project only'),
    updatedAt: z.iso.datetime(),
    project: z.object({ id: z.uuid(), title: z.string() }),
  })
  .meta({ id: 'PublicPage' });
export type PublicPage = z.infer<typeof publicPageSchema>;

/** A public material of the project: what it is and which album it is in; no uploader, no one shown in it. */
export const publicMaterialSchema = z
  .object({
    id: z.uuid(),
    title: z.string().nullable(),
    originalName: z.string().describe('The name the file had; downloads keep it'),
    kind: z.enum(materialKinds),
    mediaType: z.string(),
    hasThumbnail: z.boolean().describe('An image: /api/materials/{id}/thumbnail shows it small'),
    albumTitle: z.string().nullable(),
  })
  .meta({ id: 'PublicMaterial' });
export type PublicMaterial = z.infer<typeof publicMaterialSchema>;

export const publicMaterialsQuerySchema = z.strictObject({
  after: opaqueToken().max(300).optional().describe('Cursor: nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(24),
});
export type PublicMaterialsQuery = z.input<typeof publicMaterialsQuerySchema>;
export type ParsedPublicMaterialsQuery = z.output<typeof publicMaterialsQuerySchema>;

export const publicMaterialsSchema = z
  .object({ materials: z.array(publicMaterialSchema).describe('Newest first'), nextCursor: z.string().nullable() })
  .meta({ id: 'PublicMaterials' });
export type PublicMaterials = z.infer<typeof publicMaterialsSchema>;
