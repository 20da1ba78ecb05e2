import pLimit from 'p-limit';
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/files/storage.ts';
import { atOnce } from '../../platform/rate-limit.ts';

export type StoredImage = { file: string; size: number; width: number; height: number; thumbnail: string };

/** Larger images are refused before they are decoded: 100 megapixels is more than any phone takes. */
const maxInputPixels = 100_000_000;
export const thumbnailSize = 320;

function encode(image: Sharp, mediaType: string): Sharp {
  switch (mediaType) {
    case 'image/png':
      return image.png();
    case 'image/gif':
      return image.gif();
    case 'image/webp':
      return image.webp({ quality: 90 });
    default:
      return image.jpeg({ quality: 90 });
  }
}

/**
 * A small file can decode to a hundred megapixels, hundreds of megabytes while it is worked on:
 * the images of a whole process take turns, so parallel uploads wait instead of adding up.
 * The limit belongs to the process, as sharp's thread pool does.
 */
const decoding = pLimit(atOnce.imageDecodes);
// Each image is seen once: libvips' cache of operations (up to 50 MB) would only hold memory.
sharp.cache(false);

/** How many images are being decoded now, and how many wait their turn. */
export function imageDecoding(): { active: number; waiting: number } {
  return { active: decoding.activeCount, waiting: decoding.pendingCount };
}

/**
 * Writes the image anew, in its own format, so that nothing of the original's metadata is kept
 * (sharp copies none by default: no GPS position, camera, date or comment); the orientation the
 * camera recorded is applied to the pixels first. Then a small WebP thumbnail for the grid.
 * The original is never stored.
 */
export async function reencodeImage(storage: FileStorage, source: string, mediaType: string): Promise<StoredImage> {
  return decoding(() => reencodeNow(storage, source, mediaType));
}

async function reencodeNow(storage: FileStorage, source: string, mediaType: string): Promise<StoredImage> {
  const animated = mediaType === 'image/gif' || mediaType === 'image/webp';
  const file = await storage.temporaryPath();
  const thumbnail = await storage.temporaryPath();
  try {
    const input = sharp(source, { animated, limitInputPixels: maxInputPixels, failOn: 'error' });
    const { pages = 1 } = await input.metadata();
    const info = await encode(pages > 1 ? input : input.autoOrient(), mediaType).toFile(file);
    await sharp(file, { limitInputPixels: maxInputPixels })
      .resize(thumbnailSize, thumbnailSize, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toFile(thumbnail);
    return { file, size: info.size, width: info.width, height: info.pageHeight ?? info.height, thumbnail };
  } catch (error) {
    await storage.discard(file, thumbnail);
    // A file system failure (a full disk) is ours, not the image's.
    if (typeof (error as NodeJS.ErrnoException).code === 'string') throw error;
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new AppError('payload_too_large', 'This image has more than 100 megapixels: make it smaller before uploading it');
    }
    throw new AppError('unsupported_media_type', 'This image could not be read: it may be damaged');
  }
}
