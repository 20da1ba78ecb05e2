import type { Album, Material, MaterialPatch, MaterialsPage, MaterialsQuery, Visibility } from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import { abilities, authorize, type ActionOn } from '../../platform/auth/policy.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { invalidField, notFound } from '../../platform/errors.ts';
import { fileStorage } from '../../platform/files/storage.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import {
  type Membership,
  membershipOf,
  pupilsWithoutPublicConsent,
  requireMembership,
  requirePublicImageConsent,
  twinspacePolicy,
} from '../twinspace/module.ts';
import { pupilsLookedAfterBy } from '../pupils/module.ts';
import { materialPolicy, type MaterialSubject } from './policy.ts';
import * as queries from './queries.ts';
import type { MaterialCore, MaterialRow, TaggedPupilRow } from './queries.ts';

/** A material as one reader may see it: visitors get no names, consent only to who looks after the pupil. */
function shapeMaterial(
  actor: Actor | undefined,
  row: MaterialRow,
  tags: TaggedPupilRow[],
  member: Membership | undefined,
  lookedAfter: ReadonlySet<string>,
): Material {
  const { uploaderId, uploaderName, ...material } = row;
  // Shaped for someone allowed to read it.
  const subject: MaterialSubject = { member, uploadedBy: uploaderId, visibility: row.visibility, projectShownToThePublic: true };
  const { addTags: tag, ...can } = abilities(materialPolicy, actor, ['edit', 'addTags', 'changeVisibility', 'delete'], subject);
  if (!member) return { ...material, uploadedBy: null, taggedPupils: [], publicationBlockedBy: [], can: { ...can, tag } };
  const tagged = tags.filter((tag) => tag.materialId === row.id).map(({ materialId: _material, ...pupil }) => pupil);
  const asSeen = (pupil: (typeof tagged)[number]) => ({ ...pupil, imageConsent: lookedAfter.has(pupil.id) ? pupil.imageConsent : null });
  return {
    ...material,
    uploadedBy: uploaderId && uploaderName ? { id: uploaderId, name: uploaderName } : null,
    taggedPupils: tagged.map(asSeen),
    publicationBlockedBy: twinspacePolicy.can(actor, 'seePublicationBlockers', member)
      ? tagged.filter((pupil) => pupil.imageConsent !== 'public').map(asSeen)
      : [],
    can: { ...can, tag },
  };
}

/** The tagged pupils whose consent the reader may see: those they look after. */
async function consentReadableBy(db: Kysely<Schema>, member: Membership | undefined, tags: TaggedPupilRow[]): Promise<ReadonlySet<string>> {
  return member ? pupilsLookedAfterBy(db, member.userId, [...new Set(tags.map((tag) => tag.id))]) : new Set();
}

async function materialFor(db: Kysely<Schema>, actor: Actor | undefined, id: string, member: Membership | undefined): Promise<Material> {
  const row = await queries.materialById(db, id);
  if (!row) throw notFound('This material');
  const tags = await queries.taggedPupilsOf(db, [id]);
  return shapeMaterial(actor, row, tags, member, await consentReadableBy(db, member, tags));
}

/** A material once the policy allowed the action; who does not see it is told it does not exist. */
export async function authorizedMaterial(
  db: Kysely<Schema>,
  actor: Actor | undefined,
  id: string,
  action: ActionOn<typeof materialPolicy, MaterialSubject | undefined>,
): Promise<{ core: MaterialCore; member: Membership | undefined }> {
  const core = await queries.materialCore(db, id);
  const member = core && actor ? await membershipOf(db, actor, core.projectId) : undefined;
  authorize(materialPolicy, actor, action, core && { ...core, member });
  return { core: core!, member };
}

async function requireAlbumOf(db: Kysely<Schema>, projectId: string, albumId: string): Promise<void> {
  const album = await queries.albumById(db, albumId);
  if (album?.projectId !== projectId) throw notFound('This album');
}

export async function listMaterials(
  { database, config }: AppDependencies,
  actor: Actor,
  projectId: string,
  query: MaterialsQuery,
): Promise<MaterialsPage> {
  const db = database.db;
  const member = await requireMembership(db, actor, projectId);
  if (query.albumId) await requireAlbumOf(db, projectId, query.albumId);
  const after = query.after ? decodeCursor(query.after, 'after') : undefined;
  const [rows, albums, usedBytes] = await Promise.all([
    queries.materialsOf(db, projectId, { albumId: query.albumId, after, limit: query.limit + 1 }),
    queries.albumsOf(db, projectId),
    queries.usedBytes(db, projectId),
  ]);
  const page = rows.slice(0, query.limit);
  const tags = await queries.taggedPupilsOf(
    db,
    page.map((row) => row.id),
  );
  const lookedAfter = await consentReadableBy(db, member, tags);
  const last = page.at(-1);
  return {
    materials: page.map((row) => shapeMaterial(actor, row, tags, member, lookedAfter)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ time: last.createdAt, id: last.id }) : null,
    albums,
    limits: { maxFileBytes: config.maxUploadBytes, projectQuotaBytes: config.projectStorageBytes, usedBytes },
    can: abilities(materialPolicy, actor, ['upload', 'manageAlbums'], member),
  };
}

export async function materialDetail({ database }: AppDependencies, actor: Actor | undefined, id: string): Promise<Material> {
  const { member } = await authorizedMaterial(database.db, actor, id, 'read');
  return materialFor(database.db, actor, id, member);
}

export async function editMaterial({ database }: AppDependencies, actor: Actor, id: string, patch: MaterialPatch): Promise<Material> {
  const db = database.db;
  const { core, member } = await authorizedMaterial(db, actor, id, 'edit');
  if (patch.albumId) await requireAlbumOf(db, core.projectId, patch.albumId);
  await queries.updateMaterial(db, id, { title: patch.title, description: patch.description, album_id: patch.albumId });
  return materialFor(db, actor, id, member);
}

/**
 * Sets who is shown in a material: pupils of the project only. Members add tags; teachers also
 * remove them. A public material showing a pupil without public consent becomes members-only.
 */
export async function tagPupils({ database }: AppDependencies, actor: Actor, id: string, pupilIds: string[]): Promise<Material> {
  const db = database.db;
  const { core, member } = await authorizedMaterial(db, actor, id, 'addTags');
  const wanted = [...new Set(pupilIds)];
  if ((await queries.countProjectPupils(db, core.projectId, wanted)) !== wanted.length) {
    throw invalidField('body.pupilIds', 'not_an_option', 'only pupils of this project can be tagged');
  }
  await db.transaction().execute(async (transaction) => {
    const locked = await queries.materialCore(transaction, id, true);
    if (!locked) throw notFound('This material');
    const current = await queries.taggedPupilsOf(transaction, [id]);
    const removing = current.some((pupil) => !wanted.includes(pupil.id));
    if (removing) authorize(materialPolicy, actor, 'removeTags', { ...locked, member });
    await queries.replaceTags(transaction, id, wanted);
    if (locked.visibility === 'public' && (await pupilsWithoutPublicConsent(transaction, wanted)).length > 0) {
      await queries.updateMaterial(transaction, id, { visibility: 'members' });
    }
  });
  return materialFor(db, actor, id, member);
}

/** Teachers make a material public, once every pupil shown in it has public image consent. */
export async function changeVisibility({ database }: AppDependencies, actor: Actor, id: string, visibility: Visibility): Promise<Material> {
  const db = database.db;
  const { member } = await authorizedMaterial(db, actor, id, 'changeVisibility');
  await db.transaction().execute(async (transaction) => {
    const locked = await queries.materialCore(transaction, id, true);
    if (!locked) throw notFound('This material');
    if (locked.visibility === visibility) return;
    if (visibility === 'public')
      await requirePublicImageConsent(
        transaction,
        (await queries.taggedPupilsOf(transaction, [id])).map((pupil) => pupil.id),
      );
    await queries.updateMaterial(transaction, id, { visibility });
  });
  return materialFor(db, actor, id, member);
}

/** The uploader or a teacher deletes a material; its files go once the row is gone. */
export async function deleteMaterial({ database, config }: AppDependencies, actor: Actor, id: string): Promise<void> {
  const db = database.db;
  const { core } = await authorizedMaterial(db, actor, id, 'delete');
  await queries.deleteMaterialRow(db, id);
  await fileStorage(config.dataDir).remove(core.storageKey, queries.thumbnailKeyOf(core.storageKey));
}

async function requireAlbumManager(db: Kysely<Schema>, actor: Actor, projectId: string | undefined): Promise<void> {
  authorize(materialPolicy, actor, 'manageAlbums', projectId === undefined ? undefined : await membershipOf(db, actor, projectId));
}

async function albumOfMember(db: Kysely<Schema>, actor: Actor, albumId: string): Promise<string> {
  const album = await queries.albumById(db, albumId);
  await requireAlbumManager(db, actor, album?.projectId);
  return album!.id;
}

export async function createAlbum({ database }: AppDependencies, actor: Actor, projectId: string, title: string): Promise<Album> {
  await requireAlbumManager(database.db, actor, projectId);
  return queries.albumSummary(database.db, await queries.insertAlbum(database.db, projectId, title, actor.userId));
}

export async function renameAlbum({ database }: AppDependencies, actor: Actor, albumId: string, title: string): Promise<Album> {
  await queries.renameAlbum(database.db, await albumOfMember(database.db, actor, albumId), title);
  return queries.albumSummary(database.db, albumId);
}

/** Its materials stay, outside any album. */
export async function deleteAlbum({ database }: AppDependencies, actor: Actor, albumId: string): Promise<void> {
  await queries.deleteAlbum(database.db, await albumOfMember(database.db, actor, albumId));
}
