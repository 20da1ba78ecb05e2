import type { PageEditors, PageSummary, TaggedPupil, Visibility } from '@jumelage/contracts';
import { sql } from 'kysely';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { PagesDb } from './tables.ts';
import { notFound } from '../../platform/errors.ts';

const summaryColumns = ['id', 'parent_id as parentId', 'title', 'position', 'editors', 'visibility'] as const;

export type PageRow = PageSummary & { projectId: string };

export async function findPage(db: PagesDb, pageId: string): Promise<PageRow | undefined> {
  return db
    .selectFrom('twinspace_pages')
    .select([...summaryColumns, 'project_id as projectId', isoTime('updated_at').as('updatedAt')])
    .where('id', '=', pageId)
    .executeTakeFirst();
}

export async function pagesOf(db: PagesDb, projectId: string): Promise<PageSummary[]> {
  return db
    .selectFrom('twinspace_pages')
    .select([...summaryColumns, isoTime('updated_at').as('updatedAt')])
    .where('project_id', '=', projectId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export async function countPages(db: PagesDb, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('twinspace_pages')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertPage(
  db: PagesDb,
  projectId: string,
  parentId: string | null,
  title: string,
  authorId: string,
): Promise<string> {
  const { id } = await db
    .insertInto('twinspace_pages')
    .values({
      project_id: projectId,
      parent_id: parentId,
      title,
      position: sql<number>`coalesce((select max(position) + 1 from twinspace_pages where project_id = ${projectId}), 0)`,
      document: null,
      created_by: authorId,
      updated_by: authorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Making a page public is a publication (storage.ts `publishCurrentText`), not a change of field. */
export type PageChanges = { title?: string; parentId?: string | null; position?: number; editors?: PageEditors; visibility?: 'members' };

export async function updatePage(db: PagesDb, pageId: string, changes: PageChanges): Promise<void> {
  await db
    .updateTable('twinspace_pages')
    .set({
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.parentId === undefined ? {} : { parent_id: changes.parentId }),
      ...(changes.position === undefined ? {} : { position: changes.position }),
      ...(changes.editors === undefined ? {} : { editors: changes.editors }),
      ...(changes.visibility === undefined ? {} : { visibility: changes.visibility }),
    })
    .where('id', '=', pageId)
    .execute();
}

/** A `below` table of the page's id and its descendants' ids, for the statement that follows. */
const withPageAndBelow = (pageId: string) => sql`with recursive below(id) as (
  select ${pageId}::uuid
  union all select child.id from twinspace_pages child join below on child.parent_id = below.id
)`;

/** True when `candidateParentId` is the page itself or one of its descendants (a cycle). */
export async function isWithin(db: PagesDb, pageId: string, candidateParentId: string): Promise<boolean> {
  const result = await sql<{
    found: boolean;
  }>`${withPageAndBelow(pageId)} select exists (select 1 from below where id = ${candidateParentId}::uuid) as found`.execute(db);
  return result.rows[0]?.found ?? false;
}

/** Holds the page's row until the transaction ends: tags and visibility change one at a time. */
export async function lockPage(db: PagesDb, pageId: string): Promise<{ visibility: Visibility }> {
  const page = await db.selectFrom('twinspace_pages').select('visibility').where('id', '=', pageId).forUpdate().executeTakeFirst();
  if (!page) throw notFound('This page');
  return page;
}

/** Deletes the page and the pages under it; returns all their ids. */
export async function deletePage(db: PagesDb, pageId: string): Promise<string[]> {
  const { rows } = await sql<{
    id: string;
  }>`${withPageAndBelow(pageId)} delete from twinspace_pages where id in (select id from below) returning id`.execute(db);
  return rows.map((row) => row.id);
}

export async function pageHtml(db: PagesDb, pageId: string): Promise<string> {
  const row = await db.selectFrom('twinspace_pages').select('html').where('id', '=', pageId).executeTakeFirstOrThrow();
  return row.html;
}

/** Pupils tagged in a page, with their school and consent. */
export async function taggedPupilsOf(
  db: PagesDb,
  pageId: string,
): Promise<Array<TaggedPupil & { imageConsent: NonNullable<TaggedPupil['imageConsent']> }>> {
  return db
    .selectFrom('page_pupils as tag')
    .innerJoin('pupils as p', 'p.user_id', 'tag.pupil_id')
    .innerJoin('schools as s', 's.id', 'p.school_id')
    .select(['p.user_id as id', 'p.first_name as firstName', 's.name as schoolName', 'p.image_consent as imageConsent'])
    .where('tag.page_id', '=', pageId)
    .orderBy('p.first_name')
    .execute();
}

/** The version the public sees, who published it and when; undefined while the page is members-only. */
export async function publishedVersionOf(
  db: PagesDb,
  pageId: string,
): Promise<{ id: number; html: string; publishedAt: string; publishedBy: string | null } | undefined> {
  return db
    .selectFrom('twinspace_pages as page')
    .innerJoin('page_versions as v', 'v.id', 'page.published_version_id')
    .leftJoin('users as publisher', 'publisher.id', 'page.published_by')
    .select(['v.id', 'v.html', isoTime('page.published_at').as('publishedAt'), 'publisher.name as publishedBy'])
    .where('page.id', '=', pageId)
    .where('page.visibility', '=', 'public')
    .executeTakeFirst();
}

export async function taggedPupilIdsOf(db: PagesDb, pageId: string): Promise<string[]> {
  const rows = await db.selectFrom('page_pupils').select('pupil_id').where('page_id', '=', pageId).execute();
  return rows.map((row) => row.pupil_id);
}

export async function setTaggedPupils(db: PagesDb, pageId: string, pupilIds: string[]): Promise<void> {
  await db.deleteFrom('page_pupils').where('page_id', '=', pageId).execute();
  if (pupilIds.length > 0)
    await db
      .insertInto('page_pupils')
      .values(pupilIds.map((pupilId) => ({ page_id: pageId, pupil_id: pupilId })))
      .execute();
}

export async function pupilsInProject(db: PagesDb, projectId: string, pupilIds: string[]): Promise<number> {
  if (pupilIds.length === 0) return 0;
  const rows = await db
    .selectFrom('project_pupils')
    .select('pupil_id')
    .where('project_id', '=', projectId)
    .where('pupil_id', 'in', pupilIds)
    .execute();
  return rows.length;
}
