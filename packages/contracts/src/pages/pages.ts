import { z } from 'zod';
import { singleLine } from '../platform/text.ts';
import { imageConsents } from '../pupils/pupils.ts';

/** Who may change a page's text: the teachers only, or every member including pupils. */
export const pageEditors = ['teachers', 'everyone'] as const;
export type PageEditors = (typeof pageEditors)[number];

/** Everything in a TwinSpace is for its members, unless made public. */
export const visibilities = ['members', 'public'] as const;
export type Visibility = (typeof visibilities)[number];

export const maxPagesPerProject = 300;

const title = singleLine().trim().min(1, 'give the page a title').max(200, 'must be at most 200 characters');

export const pageSummarySchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    title: z.string(),
    position: z.number().int(),
    editors: z.enum(pageEditors),
    visibility: z.enum(visibilities),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PageSummary' });
export type PageSummary = z.infer<typeof pageSummarySchema>;
export const pageTreeSchema = z.object({ pages: z.array(pageSummarySchema) }).meta({ id: 'PageTree' });
export type PageTree = z.infer<typeof pageTreeSchema>;

export const newPageBodySchema = z.strictObject({ title, parentId: z.uuid().nullable().default(null) }).meta({ id: 'NewPageBody' });
export type NewPageBody = z.input<typeof newPageBodySchema>;

export const pagePatchSchema = z
  .strictObject({
    title: title.optional(),
    parentId: z.uuid().nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    editors: z.enum(pageEditors).optional(),
    visibility: z
      .enum(visibilities)
      .optional()
      .describe("'public' publishes the text as it is now: the public sees that version until a teacher publishes again"),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one field')
  .meta({ id: 'PagePatch' });
export type PagePatch = z.infer<typeof pagePatchSchema>;

/** A pupil shown in something: first name and school for everyone, consent for teachers. */
export const taggedPupilSchema = z
  .object({ id: z.uuid(), firstName: z.string(), schoolName: z.string(), imageConsent: z.enum(imageConsents).nullable() })
  .meta({ id: 'TaggedPupil' });
export type TaggedPupil = z.infer<typeof taggedPupilSchema>;

export const taggedPupilsBodySchema = z.strictObject({ pupilIds: z.array(z.uuid()).max(200) }).meta({ id: 'TaggedPupilsBody' });

export const pagePublicationSchema = z
  .object({
    versionId: z.string().describe('The version the public sees'),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string().nullable().describe('The teacher who published it'),
    upToDate: z.boolean().describe('False once the text has changed since: the changes wait for a teacher to publish them'),
  })
  .meta({ id: 'PagePublication' });
export type PagePublication = z.infer<typeof pagePublicationSchema>;

export const pageDetailSchema = z
  .object({
    page: pageSummarySchema,
    html: z.string().describe('The text as sanitised HTML, as of the last save'),
    documentName: z.string().describe('Open it on /collab for real-time editing'),
    taggedPupils: z.array(taggedPupilSchema),
    publicationBlockedBy: z.array(taggedPupilSchema).describe('Tagged pupils without public image consent'),
    publication: pagePublicationSchema.nullable().describe('What the public sees of a public page; null while it is for members only'),
    can: z.object({ edit: z.boolean(), administer: z.boolean() }),
  })
  .meta({ id: 'PageDetail' });
export type PageDetail = z.infer<typeof pageDetailSchema>;

export const pageVersionsSchema = z
  .object({
    versions: z.array(
      z.object({
        id: z.string(),
        savedAt: z.iso.datetime(),
        authors: z.array(z.string()),
        restoredFrom: z.string().nullable(),
        published: z.boolean().describe('The version the public sees'),
      }),
    ),
  })
  .meta({ id: 'PageVersions' });
export type PageVersions = z.infer<typeof pageVersionsSchema>;

export const pageVersionSchema = z.object({ id: z.string(), savedAt: z.iso.datetime(), html: z.string() }).meta({ id: 'PageVersion' });
export type PageVersion = z.infer<typeof pageVersionSchema>;
