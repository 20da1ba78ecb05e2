import { z } from 'zod';
import { multiLine, opaqueToken, singleLine } from '../platform/text.ts';
import { taggedPupilSchema, taggedPupilsBodySchema, visibilities } from '../pages/pages.ts';

/** What a material is, found from its bytes on upload. */
export const materialKinds = ['image', 'audio', 'video', 'pdf', 'document'] as const;
export type MaterialKind = (typeof materialKinds)[number];

/**
 * The file names a browser offers to pick, as a hint: the server decides from the content, and
 * refuses anything else (SVG, HTML, scripts, programs, archives).
 */
export const acceptedFileExtensions = [
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.mp3',
  '.ogg',
  '.opus',
  '.oga',
  '.wav',
  '.m4a',
  '.mp4',
  '.webm',
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
] as const;

const title = singleLine().trim().min(1, 'give a title').max(200, 'must be at most 200 characters');
const albumTitle = singleLine().trim().min(1, 'give the album a title').max(120, 'must be at most 120 characters');

export const albumSchema = z
  .object({ id: z.uuid(), title: z.string(), materialCount: z.number().int(), createdAt: z.iso.datetime() })
  .meta({ id: 'Album' });
export type Album = z.infer<typeof albumSchema>;

export const albumBodySchema = z.strictObject({ title: albumTitle }).meta({ id: 'AlbumBody' });
export type AlbumBody = z.infer<typeof albumBodySchema>;

export const materialSchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    albumId: z.uuid().nullable(),
    title: z.string().nullable(),
    description: z.string().nullable(),
    originalName: z.string().describe('The name the file had when uploaded; downloads keep it'),
    mediaType: z.string().describe('Found from the content'),
    kind: z.enum(materialKinds),
    sizeBytes: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    hasThumbnail: z.boolean(),
    visibility: z.enum(visibilities),
    uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('A pupil by first name; hidden from visitors'),
    createdAt: z.iso.datetime(),
    taggedPupils: z.array(taggedPupilSchema).describe('Pupils shown in it; hidden from visitors'),
    publicationBlockedBy: z.array(taggedPupilSchema).describe('For teachers: tagged pupils without public image consent'),
    can: z.object({ edit: z.boolean(), tag: z.boolean(), changeVisibility: z.boolean(), delete: z.boolean() }),
  })
  .meta({ id: 'Material' });
export type Material = z.infer<typeof materialSchema>;

export const materialsQuerySchema = z.strictObject({
  albumId: z.uuid().optional().describe('Only this album'),
  after: opaqueToken().max(300).optional().describe('Cursor: nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(24),
});
export type MaterialsQuery = z.infer<typeof materialsQuerySchema>;

export const storageLimitsSchema = z
  .object({
    maxFileBytes: z.number().int().describe('The largest file one upload may be'),
    projectQuotaBytes: z.number().int().describe('What all of the project’s files may take together'),
    usedBytes: z.number().int().describe('What the project’s files take now'),
  })
  .meta({ id: 'StorageLimits' });
export type StorageLimits = z.infer<typeof storageLimitsSchema>;

export const materialsPageSchema = z
  .object({
    materials: z.array(materialSchema).describe('Newest first'),
    nextCursor: z.string().nullable(),
    albums: z.array(albumSchema).describe('By title'),
    limits: storageLimitsSchema,
    can: z.object({ upload: z.boolean(), manageAlbums: z.boolean() }),
  })
  .meta({ id: 'MaterialsPage' });
export type MaterialsPage = z.infer<typeof materialsPageSchema>;

export const uploadQuerySchema = z.strictObject({
  name: singleLine()
    .regex(/^[^/\\]*$/, 'cannot contain slashes')
    .trim()
    .min(1, 'give the file’s name')
    .max(255, 'must be at most 255 characters')
    .describe('The file’s original name, kept for downloads'),
  albumId: z.uuid().optional(),
});
export type UploadQuery = z.infer<typeof uploadQuerySchema>;

export const materialPatchSchema = z
  .strictObject({
    title: title.nullable().optional(),
    description: multiLine().trim().max(2000, 'must be at most 2000 characters').nullable().optional(),
    albumId: z.uuid().nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one field')
  .meta({ id: 'MaterialPatch' });
export type MaterialPatch = z.infer<typeof materialPatchSchema>;

export const materialPupilsBodySchema = taggedPupilsBodySchema;
export type MaterialPupilsBody = z.infer<typeof materialPupilsBodySchema>;

export const materialVisibilityBodySchema = z.strictObject({ visibility: z.enum(visibilities) }).meta({ id: 'MaterialVisibilityBody' });
export type MaterialVisibilityBody = z.infer<typeof materialVisibilityBodySchema>;

export const materialFileQuerySchema = z.strictObject({
  inline: z.enum(['0', '1']).optional().describe('1: show an image in the page instead of downloading it (images only)'),
});
