import type {
  GalleryResponse,
  ParsedGalleryQuery,
  ParsedPublicMaterialsQuery,
  PublicMaterials,
  PublicPage,
  PublicProjectDetail,
} from '@jumelage/contracts';
import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { imageMaterialIds, publicPageHtml } from './public-html.ts';
import {
  findPublicPage,
  findPublicProject,
  isInGallery,
  publicMaterialIdsAmong,
  publicMaterialsOf,
  publicPagesOf,
  searchGallery,
} from './queries.ts';

type Dependencies = Pick<AppDependencies, 'database'>;

/**
 * The public gallery: anyone, signed in or not, may read it. What the world sees is decided in
 * the queries, each scoped to projects in the gallery and to public pages and materials; anything
 * else "does not exist".
 */
export async function galleryPage({ database }: Dependencies, query: ParsedGalleryQuery): Promise<GalleryResponse> {
  const found = await searchGallery(database.db, query, afterOf(query), query.limit + 1);
  const { rows, nextCursor } = keysetPage(found, query.limit);
  return { results: rows, nextCursor };
}

const afterOf = (query: { after?: string | undefined }) => (query.after ? decodeCursor(query.after, 'after') : undefined);

/** A page of `limit` rows out of the `limit + 1` found, and the cursor of the next page if there is one. */
function keysetPage<Row extends { id: string; cursorTime: string }>(
  found: Row[],
  limit: number,
): { rows: Omit<Row, 'cursorTime'>[]; nextCursor: string | null } {
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ cursorTime: _time, ...row }) => row),
    nextCursor: found.length > limit && last ? encodeCursor({ time: last.cursorTime, id: last.id }) : null,
  };
}

/** A project of the gallery with its public pages; nothing when it is not in the gallery. */
export async function readPublicProject(db: Kysely<Schema>, id: string): Promise<PublicProjectDetail | undefined> {
  const project = await findPublicProject(db, id);
  return project && { ...project, pages: await publicPagesOf(db, id) };
}

export async function publicProject({ database }: Dependencies, id: string): Promise<PublicProjectDetail> {
  const project = await readPublicProject(database.db, id);
  if (!project) throw notFound('This project');
  return project;
}

/** A public page, its images limited to the project's public materials; nothing when not public. */
export async function readPublicPage(db: Kysely<Schema>, projectId: string, pageId: string): Promise<PublicPage | undefined> {
  const page = await findPublicPage(db, projectId, pageId);
  if (!page) return undefined;
  const { projectId: foundIn, projectTitle, html, ...rest } = page;
  const shown = await publicMaterialIdsAmong(db, foundIn, imageMaterialIds(html));
  return { ...rest, html: publicPageHtml(html, shown), project: { id: foundIn, title: projectTitle } };
}

export async function publicPage({ database }: Dependencies, projectId: string, pageId: string): Promise<PublicPage> {
  const page = await readPublicPage(database.db, projectId, pageId);
  if (!page) throw notFound('This page');
  return page;
}

/** The public materials of a project in the gallery, newest first, a page at a time. */
export async function publicMaterials(
  { database }: Dependencies,
  projectId: string,
  query: ParsedPublicMaterialsQuery,
): Promise<PublicMaterials> {
  if (!(await isInGallery(database.db, projectId))) throw notFound('This project');
  const found = await publicMaterialsOf(database.db, projectId, afterOf(query), query.limit + 1);
  const { rows, nextCursor } = keysetPage(found, query.limit);
  return { materials: rows, nextCursor };
}
