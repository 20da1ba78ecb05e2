import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Material, UploadQuery } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { fileStorage } from '../../platform/files/storage.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { atOnce } from '../../platform/rate-limit.ts';
import { lockProject } from '../projects/module.ts';
import { membershipOf, type Membership } from '../twinspace/module.ts';
import { identifyFile } from './file-check.ts';
import { reencodeImage } from './images.ts';
import { materialPolicy } from './policy.ts';
import { albumById, insertMaterial, thumbnailKeyOf, usedBytes } from './queries.ts';
import { materialDetail } from './service.ts';

/** A size as people read it: whole megabytes, or kilobytes below one. */
const readable = (bytes: number) => (bytes >= 1_048_576 ? `${Math.floor(bytes / 1_048_576)} MB` : `${Math.floor(bytes / 1024)} KB`);

function fileTooLarge(maxFileBytes: number): AppError {
  return new AppError('payload_too_large', `A file may be at most ${readable(maxFileBytes)}`);
}

function projectFull(quotaBytes: number, usedNow: number): AppError {
  return new AppError(
    'payload_too_large',
    `The project's files may take ${readable(quotaBytes)} together, and ${readable(Math.max(0, quotaBytes - usedNow))} are left`,
  );
}

/**
 * The uploads each person has under way in this process: each holds a connection, a temporary
 * file and a turn at decoding. Per process: behind several processes a person may have this many
 * in each.
 */
const uploadsUnderWay = new Map<string, number>();

/** Counts an upload as under way, or refuses it past the limit; returns what ends it. */
function startUpload(userId: string): () => void {
  const underWay = uploadsUnderWay.get(userId) ?? 0;
  if (underWay >= atOnce.uploadsPerPerson) {
    throw new AppError('too_many_uploads', `You already have ${atOnce.uploadsPerPerson} uploads under way: wait until one is done`);
  }
  uploadsUnderWay.set(userId, underWay + 1);
  return () => {
    const left = (uploadsUnderWay.get(userId) ?? 1) - 1;
    if (left > 0) uploadsUnderWay.set(userId, left);
    else uploadsUnderWay.delete(userId);
  };
}

/**
 * Receives one file as the request's body: streamed to a temporary file and stopped as soon as it
 * passes the file limit or the room left in the project; checked by its content; an image is
 * written anew without its metadata, with a thumbnail. The quota is checked again with the
 * project locked, so two uploads at once cannot pass it together. Whatever is refused leaves
 * nothing on disk and no row. A person has a few uploads under way at most.
 */
export async function uploadMaterial(
  dependencies: AppDependencies,
  actor: Actor,
  projectId: string,
  query: UploadQuery,
  body: Readable,
  declaredBytes: number | undefined,
): Promise<Material> {
  const db = dependencies.database.db;
  const member = await membershipOf(db, actor, projectId);
  authorize(materialPolicy, actor, 'upload', member);
  if (query.albumId && (await albumById(db, query.albumId))?.projectId !== projectId) throw notFound('This album');
  const finishUpload = startUpload(actor.userId);
  try {
    const id = await storeUpload(dependencies, actor, member!, query, body, declaredBytes);
    return await materialDetail(dependencies, actor, id);
  } finally {
    finishUpload();
  }
}

async function storeUpload(
  dependencies: AppDependencies,
  actor: Actor,
  member: Membership,
  query: UploadQuery,
  body: Readable,
  declaredBytes: number | undefined,
): Promise<string> {
  const { projectId } = member;
  const { database, config } = dependencies;
  const db = database.db;
  const { maxUploadBytes: maxFile, projectStorageBytes: quota } = config;
  const usedBefore = await usedBytes(db, projectId);
  if (declaredBytes !== undefined && declaredBytes > maxFile) throw fileTooLarge(maxFile);
  if (declaredBytes !== undefined && usedBefore + declaredBytes > quota) throw projectFull(quota, usedBefore);

  const storage = fileStorage(config.dataDir);
  const limit = Math.min(maxFile, quota - usedBefore);
  const received = await storage.receive(body, Math.max(0, limit), () =>
    limit < maxFile ? projectFull(quota, usedBefore) : fileTooLarge(maxFile),
  );
  const temporaries = [received.path];
  const id = randomUUID();
  const storageKey = `materials/${projectId}/${id}`;
  let placed = false;
  try {
    if (received.size === 0) throw new AppError('file_empty', 'The file is empty');
    const type = await identifyFile(received.path);
    const image = type.kind === 'image' ? await reencodeImage(storage, received.path, type.mediaType) : undefined;
    if (image) temporaries.push(image.file, image.thumbnail);
    const size = image?.size ?? received.size;
    await db.transaction().execute(async (transaction) => {
      const project = await lockProject(transaction, projectId);
      authorize(materialPolicy, actor, 'upload', project && { ...member, projectStatus: project.status });
      const usedNow = await usedBytes(transaction, projectId);
      if (usedNow + size > quota) throw projectFull(quota, usedNow);
      await insertMaterial(transaction, {
        id,
        projectId,
        albumId: query.albumId ?? null,
        originalName: query.name,
        mediaType: type.mediaType,
        kind: type.kind,
        sizeBytes: size,
        storageKey,
        hasThumbnail: image !== undefined,
        width: image?.width ?? null,
        height: image?.height ?? null,
        uploadedBy: actor.userId,
      });
      placed = true;
      await storage.place(image?.file ?? received.path, storageKey);
      if (image) await storage.place(image.thumbnail, thumbnailKeyOf(storageKey));
    });
  } catch (error) {
    if (placed) await storage.remove(storageKey, thumbnailKeyOf(storageKey));
    throw error;
  } finally {
    await storage.discard(...temporaries);
  }
  return id;
}
