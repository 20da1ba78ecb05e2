import type {
  ParsedGalleryQuery,
  PublicMaterial,
  PublicPage,
  PublicPageSummary,
  PublicProject,
  PublicProjectDetail,
} from '@jumelage/contracts';
import { sql, type RawBuilder } from 'kysely';
import { escapeLike } from '../../platform/db/like.ts';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { GalleryDb } from './tables.ts';
import type { Cursor } from '../../platform/http/cursor.ts';
import { projectShownToThePublic } from '../projects/module.ts';

/** The public face of a project: no person, only schools and countries. */
const publicProjectJson = sql<PublicProject>`json_build_object(
  'id', p.id, 'title', p.title, 'summary', p.summary, 'themes', p.themes, 'subjects', p.subjects,
  'pupilAgeMin', p.age_min, 'pupilAgeMax', p.age_max, 'languages', p.languages,
  'startsOn', to_char(p.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p.ends_on, 'YYYY-MM-DD'), 'status', p.status,
  'countries', array(select distinct m.country_code::text from project_members m where m.project_id = p.id order by 1),
  'approvedAt', ${isoTime('p.approved_at')})`;

function conditionsOf(query: ParsedGalleryQuery): RawBuilder<boolean>[] {
  const conditions = [projectShownToThePublic];
  const words = (query.q ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  for (const word of words) conditions.push(sql`p.search_text like '%' || search_normalize(${escapeLike(word)}) || '%'`);
  if (query.theme) conditions.push(sql`${query.theme} = any(p.themes)`);
  if (query.subject) conditions.push(sql`${query.subject} = any(p.subjects)`);
  if (query.country)
    conditions.push(sql`exists (select 1 from project_members m where m.project_id = p.id and m.country_code = ${query.country})`);
  if (query.ageMax !== undefined) conditions.push(sql`p.age_min <= ${query.ageMax}`);
  if (query.ageMin !== undefined) conditions.push(sql`p.age_max >= ${query.ageMin}`);
  if (query.year !== undefined)
    conditions.push(sql`p.starts_on >= make_date(${query.year}, 1, 1) and p.starts_on < make_date(${query.year} + 1, 1, 1)`);
  return conditions;
}

/** Newest approval first, paged by (approval time, id). */
export async function searchGallery(
  db: GalleryDb,
  query: ParsedGalleryQuery,
  after: Cursor | undefined,
  limit: number,
): Promise<(PublicProject & { cursorTime: string })[]> {
  const conditions = conditionsOf(query);
  if (after) conditions.push(sql`(p.approved_at, p.id) < (${after.time}::timestamptz, ${after.id}::uuid)`);
  const { rows } = await sql<{ project: PublicProject & { cursorTime: string } }>`
    select ${publicProjectJson}::jsonb || jsonb_build_object('cursorTime', ${isoTime('p.approved_at')}) as project
    from projects p
    where ${sql.join(conditions, sql` and `)}
    order by p.approved_at desc, p.id desc
    limit ${limit}
  `.execute(db);
  return rows.map((row) => row.project);
}

export type PublicProjectRow = Omit<PublicProjectDetail, 'pages'>;

export async function findPublicProject(db: GalleryDb, id: string): Promise<PublicProjectRow | undefined> {
  const { rows } = await sql<{ project: PublicProjectRow }>`
    select ${publicProjectJson}::jsonb || jsonb_build_object(
      'description', p.description, 'objectives', p.objectives, 'expectedResults', p.expected_results,
      'schools', (select json_agg(json_build_object('name', s.name, 'town', s.town, 'countryCode', s.country_code) order by s.country_code, s.name)
        from schools s where s.id in (select m.school_id from project_members m where m.project_id = p.id))) as project
    from projects p
    where p.id = ${id}::uuid and ${projectShownToThePublic}
  `.execute(db);
  return rows[0]?.project;
}

/** True when the project is in the gallery. */
export async function isInGallery(db: GalleryDb, projectId: string): Promise<boolean> {
  const row = await db
    .selectFrom('projects as p')
    .select('p.id')
    .where('p.id', '=', projectId)
    .where(projectShownToThePublic)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The public pages of a project in the gallery, in the teachers' order. A page's parent is its
 * nearest public ancestor: members-only pages above it are climbed over, never named.
 * `union` (not `union all`) ends the climb even on a cycle.
 */
export async function publicPagesOf(db: GalleryDb, projectId: string): Promise<PublicPageSummary[]> {
  const { rows } = await sql<PublicPageSummary>`
    with recursive climb(page_id, ancestor_id) as (
      select page.id, page.parent_id
      from twinspace_pages page join projects p on p.id = page.project_id
      where page.project_id = ${projectId}::uuid and page.visibility = 'public' and ${projectShownToThePublic}
      union
      select climb.page_id, above.parent_id
      from climb join twinspace_pages above on above.id = climb.ancestor_id
      where above.visibility <> 'public'
    )
    select page.id, page.title, climb.ancestor_id as "parentId", ${isoTime('page.published_at')} as "updatedAt"
    from climb
    join twinspace_pages page on page.id = climb.page_id
    left join twinspace_pages ancestor on ancestor.id = climb.ancestor_id
    where climb.ancestor_id is null or ancestor.visibility = 'public'
    order by page.position, page.created_at, page.id
  `.execute(db);
  return rows;
}

export type PublicPageRow = Omit<PublicPage, 'project'> & { projectId: string; projectTitle: string };

/**
 * A public page of a project in the gallery, asked for under that project's id: the version a
 * teacher published, never the live text.
 */
export async function findPublicPage(db: GalleryDb, projectId: string, pageId: string): Promise<PublicPageRow | undefined> {
  return db
    .selectFrom('twinspace_pages as page')
    .innerJoin('projects as p', 'p.id', 'page.project_id')
    .innerJoin('page_versions as published', 'published.id', 'page.published_version_id')
    .select([
      'page.id',
      'page.title',
      'published.html',
      isoTime('page.published_at').as('updatedAt'),
      'p.id as projectId',
      'p.title as projectTitle',
    ])
    .where('page.id', '=', pageId)
    .where('page.project_id', '=', projectId)
    .where('page.visibility', '=', 'public')
    .where(projectShownToThePublic)
    .executeTakeFirst();
}

/** Which of these materials are public materials of the project (the ids are valid UUIDs). */
export async function publicMaterialIdsAmong(db: GalleryDb, projectId: string, materialIds: string[]): Promise<Set<string>> {
  if (materialIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('materials')
    .select('id')
    .where('project_id', '=', projectId)
    .where('visibility', '=', 'public')
    .where('id', 'in', materialIds)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** A page of the public materials of a project in the gallery, newest first; no uploader, no tags. */
export async function publicMaterialsOf(
  db: GalleryDb,
  projectId: string,
  after: Cursor | undefined,
  limit: number,
): Promise<(PublicMaterial & { cursorTime: string })[]> {
  let query = db
    .selectFrom('materials as m')
    .innerJoin('projects as p', 'p.id', 'm.project_id')
    .leftJoin('albums as a', 'a.id', 'm.album_id')
    .select([
      'm.id',
      'm.title',
      'm.original_name as originalName',
      'm.kind',
      'm.media_type as mediaType',
      'm.has_thumbnail as hasThumbnail',
      'a.title as albumTitle',
      isoTime('m.created_at').as('cursorTime'),
    ])
    .where('m.project_id', '=', projectId)
    .where('m.visibility', '=', 'public')
    .where(projectShownToThePublic);
  if (after) query = query.where(sql<boolean>`(m.created_at, m.id) < (${after.time}::timestamptz, ${after.id}::uuid)`);
  return query.orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(limit).execute();
}
