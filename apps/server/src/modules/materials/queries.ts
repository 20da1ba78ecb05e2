import type { Album, ImageConsent, MaterialKind, TaggedPupil, Visibility } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { MaterialsDb } from './tables.ts';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { Cursor } from '../../platform/http/cursor.ts';
import { projectShownToThePublic } from '../projects/module.ts';

export type MaterialRow = {
  id: string;
  projectId: string;
  albumId: string | null;
  title: string | null;
  description: string | null;
  originalName: string;
  mediaType: string;
  kind: MaterialKind;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  visibility: Visibility;
  uploaderId: string | null;
  /** A pupil by first name only. */
  uploaderName: string | null;
  createdAt: string;
};

/** What access checks and file answers need of a material, with its project's state. */
export type MaterialCore = {
  id: string;
  projectId: string;
  /** The project is in the gallery: a public material of it is public. */
  projectShownToThePublic: boolean;
  visibility: Visibility;
  uploadedBy: string | null;
  storageKey: string;
  hasThumbnail: boolean;
  kind: MaterialKind;
  mediaType: string;
  originalName: string;
};

export type NewMaterial = {
  id: string;
  projectId: string;
  albumId: string | null;
  originalName: string;
  mediaType: string;
  kind: MaterialKind;
  sizeBytes: number;
  storageKey: string;
  hasThumbnail: boolean;
  width: number | null;
  height: number | null;
  uploadedBy: string;
};

export const thumbnailKeyOf = (storageKey: string) => `${storageKey}.thumb`;

export async function usedBytes(db: MaterialsDb, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('materials')
    .select(sql<number>`coalesce(sum(size_bytes), 0)::bigint`.as('used'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return row.used;
}

export async function insertMaterial(db: MaterialsDb, material: NewMaterial): Promise<void> {
  await db
    .insertInto('materials')
    .values({
      id: material.id,
      project_id: material.projectId,
      album_id: material.albumId,
      title: null,
      description: null,
      original_name: material.originalName,
      media_type: material.mediaType,
      kind: material.kind,
      size_bytes: material.sizeBytes,
      storage_key: material.storageKey,
      has_thumbnail: material.hasThumbnail,
      width: material.width,
      height: material.height,
      uploaded_by: material.uploadedBy,
    })
    .execute();
}

function selectMaterials(db: MaterialsDb) {
  return db
    .selectFrom('materials as m')
    .leftJoin('users as u', 'u.id', 'm.uploaded_by')
    .leftJoin('pupils as up', 'up.user_id', 'm.uploaded_by')
    .select([
      'm.id',
      'm.project_id as projectId',
      'm.album_id as albumId',
      'm.title',
      'm.description',
      'm.original_name as originalName',
      'm.media_type as mediaType',
      'm.kind',
      'm.size_bytes as sizeBytes',
      'm.width',
      'm.height',
      'm.has_thumbnail as hasThumbnail',
      'm.visibility',
      'm.uploaded_by as uploaderId',
      sql<string | null>`coalesce(up.first_name, u.name)`.as('uploaderName'),
      isoTime('m.created_at').as('createdAt'),
    ]);
}

/** A page of a project's materials, newest first, after a keyset cursor. */
export async function materialsOf(
  db: MaterialsDb,
  projectId: string,
  filter: { albumId?: string | undefined; after?: Cursor | undefined; limit: number },
): Promise<MaterialRow[]> {
  let query = selectMaterials(db).where('m.project_id', '=', projectId);
  if (filter.albumId) query = query.where('m.album_id', '=', filter.albumId);
  if (filter.after) {
    const { time, id } = filter.after;
    query = query.where(sql<boolean>`(m.created_at, m.id) < (${time}::timestamptz, ${id}::uuid)`);
  }
  return query.orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(filter.limit).execute();
}

export async function materialById(db: MaterialsDb, id: string): Promise<MaterialRow | undefined> {
  return selectMaterials(db).where('m.id', '=', id).executeTakeFirst();
}

export async function materialCore(db: MaterialsDb, id: string, lock = false): Promise<MaterialCore | undefined> {
  const query = db
    .selectFrom('materials as m')
    .innerJoin('projects as p', 'p.id', 'm.project_id')
    .select([
      'm.id',
      'm.project_id as projectId',
      projectShownToThePublic.as('projectShownToThePublic'),
      'm.visibility',
      'm.uploaded_by as uploadedBy',
      'm.storage_key as storageKey',
      'm.has_thumbnail as hasThumbnail',
      'm.kind',
      'm.media_type as mediaType',
      'm.original_name as originalName',
    ])
    .where('m.id', '=', id);
  return (lock ? query.forUpdate('m') : query).executeTakeFirst();
}

export type TaggedPupilRow = TaggedPupil & { materialId: string; imageConsent: ImageConsent };

/** The pupils tagged in some materials, by first name and school. */
export async function taggedPupilsOf(db: MaterialsDb, materialIds: string[]): Promise<TaggedPupilRow[]> {
  if (materialIds.length === 0) return [];
  return db
    .selectFrom('material_pupils as mp')
    .innerJoin('pupils as p', 'p.user_id', 'mp.pupil_id')
    .innerJoin('schools as s', 's.id', 'p.school_id')
    .select([
      'mp.material_id as materialId',
      'p.user_id as id',
      'p.first_name as firstName',
      's.name as schoolName',
      'p.image_consent as imageConsent',
    ])
    .where('mp.material_id', 'in', materialIds)
    .orderBy('p.first_name')
    .orderBy('p.user_id')
    .execute();
}

/** How many of these pupils are in the project. */
export async function countProjectPupils(db: MaterialsDb, projectId: string, pupilIds: string[]): Promise<number> {
  if (pupilIds.length === 0) return 0;
  const row = await db
    .selectFrom('project_pupils')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('project_id', '=', projectId)
    .where('pupil_id', 'in', pupilIds)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function replaceTags(db: MaterialsDb, materialId: string, pupilIds: string[]): Promise<void> {
  await db.deleteFrom('material_pupils').where('material_id', '=', materialId).execute();
  if (pupilIds.length === 0) return;
  await db
    .insertInto('material_pupils')
    .values(pupilIds.map((pupilId) => ({ material_id: materialId, pupil_id: pupilId })))
    .execute();
}

export async function updateMaterial(
  db: MaterialsDb,
  id: string,
  changes: { title?: string | null; description?: string | null; album_id?: string | null; visibility?: Visibility },
): Promise<void> {
  await db.updateTable('materials').set(changes).where('id', '=', id).execute();
}

export async function deleteMaterialRow(db: MaterialsDb, id: string): Promise<void> {
  await db.deleteFrom('materials').where('id', '=', id).execute();
}

function selectAlbums(db: MaterialsDb) {
  return db
    .selectFrom('albums as a')
    .leftJoin('materials as m', 'm.album_id', 'a.id')
    .select(['a.id', 'a.title', (eb) => eb.fn.count<number>('m.id').as('materialCount'), isoTime('a.created_at').as('createdAt')])
    .groupBy('a.id');
}

/** A project's albums by title; a project has a few dozen at most. */
export async function albumsOf(db: MaterialsDb, projectId: string): Promise<Album[]> {
  return selectAlbums(db).where('a.project_id', '=', projectId).orderBy('a.title').orderBy('a.id').limit(500).execute();
}

export async function albumSummary(db: MaterialsDb, id: string): Promise<Album> {
  return selectAlbums(db).where('a.id', '=', id).executeTakeFirstOrThrow();
}

export async function albumById(db: MaterialsDb, id: string): Promise<{ id: string; projectId: string } | undefined> {
  return db.selectFrom('albums').select(['id', 'project_id as projectId']).where('id', '=', id).executeTakeFirst();
}

export async function insertAlbum(db: MaterialsDb, projectId: string, title: string, createdBy: string): Promise<string> {
  const { id } = await db
    .insertInto('albums')
    .values({ project_id: projectId, title, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function renameAlbum(db: MaterialsDb, id: string, title: string): Promise<void> {
  await db.updateTable('albums').set({ title }).where('id', '=', id).execute();
}

export async function deleteAlbum(db: MaterialsDb, id: string): Promise<void> {
  await db.deleteFrom('albums').where('id', '=', id).execute();
}
