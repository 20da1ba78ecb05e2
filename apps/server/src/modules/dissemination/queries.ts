import type { ParsedGalleryQuery, PublicProject, PublicProjectDetail } from '@jumelage/contracts';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { escapeLike } from '../../platform/db/like.ts';
import { isoTime } from '../../platform/db/iso-time.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { Cursor } from '../../platform/http/cursor.ts';

/** A project the public may see: approved (active or closed) and made public by its founders. */
const shownToThePublic = sql<boolean>`p.is_public and p.status in ('active', 'closed')`;

/** The public face of a project: no person, only schools and countries. */
const publicProjectJson = sql<PublicProject>`json_build_object(
  'id', p.id, 'title', p.title, 'summary', p.summary, 'themes', p.themes, 'subjects', p.subjects,
  'pupilAgeMin', p.age_min, 'pupilAgeMax', p.age_max, 'languages', p.languages,
  'startsOn', to_char(p.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p.ends_on, 'YYYY-MM-DD'), 'status', p.status,
  'countries', array(select distinct m.country_code::text from project_members m where m.project_id = p.id order by 1),
  'approvedAt', ${isoTime('p.approved_at')})`;

function conditionsOf(query: ParsedGalleryQuery): RawBuilder<boolean>[] {
  const conditions = [shownToThePublic];
  const words = (query.q ?? '').split(/\s+/).filter((word) => word.length > 0).slice(0, 8);
  for (const word of words) conditions.push(sql`p.search_text like '%' || search_normalize(${escapeLike(word)}) || '%'`);
  if (query.theme) conditions.push(sql`${query.theme} = any(p.themes)`);
  if (query.subject) conditions.push(sql`${query.subject} = any(p.subjects)`);
  if (query.country) conditions.push(sql`exists (select 1 from project_members m where m.project_id = p.id and m.country_code = ${query.country})`);
  if (query.ageMax !== undefined) conditions.push(sql`p.age_min <= ${query.ageMax}`);
  if (query.ageMin !== undefined) conditions.push(sql`p.age_max >= ${query.ageMin}`);
  if (query.year !== undefined) conditions.push(sql`p.starts_on >= make_date(${query.year}, 1, 1) and p.starts_on < make_date(${query.year} + 1, 1, 1)`);
  return conditions;
}

/** Newest approval first, paged by (approval time, id). */
export async function searchGallery(db: Kysely<Schema>, query: ParsedGalleryQuery, after: Cursor | undefined, limit: number): Promise<(PublicProject & { cursorTime: string })[]> {
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

export async function findPublicProject(db: Kysely<Schema>, id: string): Promise<PublicProjectDetail | undefined> {
  const { rows } = await sql<{ project: PublicProjectDetail }>`
    select ${publicProjectJson}::jsonb || jsonb_build_object(
      'description', p.description, 'objectives', p.objectives, 'expectedResults', p.expected_results,
      'schools', (select json_agg(json_build_object('name', s.name, 'town', s.town, 'countryCode', s.country_code) order by s.country_code, s.name)
        from schools s where s.id in (select m.school_id from project_members m where m.project_id = p.id))) as project
    from projects p
    where p.id = ${id}::uuid and ${shownToThePublic}
  `.execute(db);
  return rows[0]?.project;
}
