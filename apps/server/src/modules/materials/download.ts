import type { ReadStream } from 'node:fs';
import type { Actor } from '../../platform/auth/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { fileStorage } from '../../platform/files/storage.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { create as contentDisposition } from 'content-disposition';
import { thumbnailKeyOf } from './queries.ts';
import { authorizedMaterial } from './service.ts';

/**
 * Whatever a file holds, the browser may not run it in our origin: it is served in a sandbox with
 * no sources allowed, its type is not guessed, and anything but an image is a download.
 */
export const fileSecurityHeaders = {
  'content-security-policy': "sandbox; default-src 'none'",
  'x-content-type-options': 'nosniff',
  // Visibility can change: the browser asks again each time.
  'cache-control': 'private, no-cache',
};

export async function openMaterialFile(
  { database, config }: AppDependencies,
  actor: Actor | undefined,
  id: string,
  variant: 'file' | 'thumbnail',
  inline: boolean,
): Promise<{ stream: ReadStream; headers: Record<string, string> }> {
  const { core } = await authorizedMaterial(database.db, actor, id, 'read');
  if (variant === 'thumbnail' && !core.hasThumbnail) throw notFound('This thumbnail');
  const storage = fileStorage(config.dataDir);
  const { stream, size } = await storage
    .open(variant === 'file' ? core.storageKey : thumbnailKeyOf(core.storageKey))
    .catch((error: unknown) => {
      // Deleted a moment ago, between reading the row and opening the file.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('This file');
      throw error;
    });
  const disposition =
    variant === 'thumbnail'
      ? 'inline'
      : contentDisposition(core.originalName, { type: inline && core.kind === 'image' ? 'inline' : 'attachment' });
  return {
    stream,
    headers: {
      ...fileSecurityHeaders,
      'content-type': variant === 'file' ? core.mediaType : 'image/webp',
      'content-length': String(size),
      'content-disposition': disposition,
    },
  };
}
