import type { GalleryResponse, ParsedGalleryQuery, PublicProjectDetail } from '@jumelage/contracts';
import { notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { findPublicProject, searchGallery } from './queries.ts';

type Dependencies = Pick<AppDependencies, 'database'>;

/** The public gallery: anyone, signed in or not, may read it. */
export async function galleryPage({ database }: Dependencies, query: ParsedGalleryQuery): Promise<GalleryResponse> {
  const found = await searchGallery(database.db, query, query.after ? decodeCursor(query.after, 'after') : undefined, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    results: page.map(({ cursorTime: _time, ...project }) => project),
    nextCursor: found.length > query.limit && last ? encodeCursor({ time: last.cursorTime, id: last.id }) : null,
  };
}

export async function publicProject({ database }: Dependencies, id: string): Promise<PublicProjectDetail> {
  const project = await findPublicProject(database.db, id);
  if (!project) throw notFound('This project');
  return project;
}
