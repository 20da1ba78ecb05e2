import type { MaterialKind } from '@jumelage/contracts';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../platform/errors.ts';

export type FileType = { kind: MaterialKind; mediaType: string };

const wordprocessing = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const spreadsheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const presentation = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * What the TwinSpace keeps, by the type file-type finds in the bytes. Everything else is refused:
 * SVG, HTML and other text (they could run script), programs, archives, macro-enabled documents.
 */
const acceptedTypes: Record<string, FileType> = {
  jpg: { kind: 'image', mediaType: 'image/jpeg' },
  png: { kind: 'image', mediaType: 'image/png' },
  apng: { kind: 'image', mediaType: 'image/png' },
  gif: { kind: 'image', mediaType: 'image/gif' },
  webp: { kind: 'image', mediaType: 'image/webp' },
  mp3: { kind: 'audio', mediaType: 'audio/mpeg' },
  ogg: { kind: 'audio', mediaType: 'audio/ogg' },
  oga: { kind: 'audio', mediaType: 'audio/ogg' },
  opus: { kind: 'audio', mediaType: 'audio/ogg' },
  wav: { kind: 'audio', mediaType: 'audio/wav' },
  m4a: { kind: 'audio', mediaType: 'audio/mp4' },
  mp4: { kind: 'video', mediaType: 'video/mp4' },
  webm: { kind: 'video', mediaType: 'video/webm' },
  pdf: { kind: 'pdf', mediaType: 'application/pdf' },
  docx: { kind: 'document', mediaType: wordprocessing },
  xlsx: { kind: 'document', mediaType: spreadsheet },
  pptx: { kind: 'document', mediaType: presentation },
  odt: { kind: 'document', mediaType: 'application/vnd.oasis.opendocument.text' },
  ods: { kind: 'document', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { kind: 'document', mediaType: 'application/vnd.oasis.opendocument.presentation' },
};

/** Finds what a received file is from its content; its name and the browser's word are not asked. */
export async function identifyFile(file: string): Promise<FileType> {
  const found = await fileTypeFromFile(file);
  const accepted = found && Object.hasOwn(acceptedTypes, found.ext) ? acceptedTypes[found.ext] : undefined;
  if (accepted) return accepted;
  throw new AppError(
    'unsupported_media_type',
    `This file's content is ${found ? `a ${found.ext} file` : 'not a type we recognise'}. The TwinSpace keeps images (JPEG, PNG, GIF, WebP), sound (MP3, OGG, WAV, M4A), video (MP4, WebM), PDF and office documents (DOCX, XLSX, PPTX, ODT, ODS, ODP).`,
  );
}
