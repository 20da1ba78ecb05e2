import type { Idea, IdeaBody, Interest } from '@jumelage/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { IdeasDb } from './tables.ts';
import { escapeLike } from '../../platform/db/like.ts';
import type { RankedCursor } from '../../platform/http/cursor.ts';

export type IdeaFilters = {
  readerId: string;
  readerCountry: string | null;
  words: string[];
  countries: string[] | undefined;
  openToReaderCountry: boolean;
  subjects: string[] | undefined;
  languages: string[] | undefined;
  ageMin: number | undefined;
  ageMax: number | undefined;
};

export type FoundIdea = Idea & { score: number; cursorTime: string };

/** The columns of an idea as the contracts name them, its author from the search table. */
const ideaJson = sql`json_build_object(
  'id', i.id, 'title', i.title, 'description', i.description, 'subjects', i.subjects,
  'pupilAgeMin', i.age_min, 'pupilAgeMax', i.age_max, 'languages', i.languages,
  'countriesWanted', i.countries_wanted, 'startMonth', to_char(i.starts_on, 'YYYY-MM'), 'endMonth', to_char(i.ends_on, 'YYYY-MM'),
  'status', i.status, 'createdAt', to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  'author', json_build_object('id', u.id, 'name', u.name, 'schoolName', s.name, 'town', s.town, 'countryCode', u.country_code),
  'interests', (select count(*)::int from idea_interests x where x.idea_id = i.id))`;

const ideaSources = sql`project_ideas i join users u on u.id = i.author_id join schools s on s.id = u.school_id`;

/** Ideas others may see: the author may be found (validated, not hidden), and nobody blocked anybody. */
function visibleTo(readerId: string): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from partner_search a where a.user_id = i.author_id)
    and not exists (select 1 from blocks b where (b.blocker = ${readerId}::uuid and b.blocked = i.author_id) or (b.blocker = i.author_id and b.blocked = ${readerId}::uuid))`;
}

function conditionsOf(filters: IdeaFilters): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = [
    sql`i.status = 'open'`,
    sql`i.author_id <> ${filters.readerId}::uuid`,
    visibleTo(filters.readerId),
  ];
  for (const word of filters.words) conditions.push(sql`i.search_text like '%' || search_normalize(${escapeLike(word)}) || '%'`);
  if (filters.countries) conditions.push(sql`u.country_code = any(${filters.countries}::bpchar[])`);
  if (filters.openToReaderCountry && filters.readerCountry) {
    conditions.push(sql`(cardinality(i.countries_wanted) = 0 or ${filters.readerCountry}::bpchar = any(i.countries_wanted))`);
  }
  if (filters.subjects) conditions.push(sql`i.subjects && ${filters.subjects}::text[]`);
  if (filters.languages) conditions.push(sql`i.languages && ${filters.languages}::text[]`);
  if (filters.ageMax !== undefined) conditions.push(sql`i.age_min <= ${filters.ageMax}`);
  if (filters.ageMin !== undefined) conditions.push(sql`i.age_max >= ${filters.ageMin}`);
  return conditions;
}

/** The whole text in the title first, then each word in the title; then the newest. */
function scoreOf(words: string[]): RawBuilder<number> {
  if (words.length === 0) return sql<number>`0::float8`;
  const title = sql`search_normalize(i.title)`;
  const inTitle = words.map((word) => sql`(${title} like '%' || search_normalize(${escapeLike(word)}) || '%')::int`);
  return sql<number>`((${title} like '%' || search_normalize(${escapeLike(words.join(' '))}) || '%')::int + (${sql.join(inTitle, sql` + `)})::float8 / ${words.length})::float8`;
}

export async function searchIdeas(db: IdeasDb, filters: IdeaFilters, after: RankedCursor | undefined, limit: number): Promise<FoundIdea[]> {
  const afterCursor = after
    ? sql`where (score, created_at, id) < (${after.score}::float8, ${after.time}::timestamptz, ${after.id}::uuid)`
    : sql``;
  // The page is chosen first; the JSON and the answer counts are built for its ideas only.
  const { rows } = await sql<{ idea: FoundIdea }>`
    with page as (
      select * from (
        select i.id, i.created_at, ${scoreOf(filters.words)} as score
        from ${ideaSources}
        where ${sql.join(conditionsOf(filters), sql` and `)}
      ) found
      ${afterCursor}
      order by score desc, created_at desc, id desc
      limit ${limit + 1}
    )
    select ${ideaJson}::jsonb || jsonb_build_object('score', page.score, 'cursorTime', to_char(page.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) as idea
    from page join project_ideas i on i.id = page.id join users u on u.id = i.author_id join schools s on s.id = u.school_id
    order by page.score desc, page.created_at desc, page.id desc
  `.execute(db);
  return rows.map((row) => row.idea);
}

/** One idea, if its author is the reader or it is visible to them. */
export async function findIdea(db: IdeasDb, id: string, readerId: string): Promise<Idea | undefined> {
  const { rows } = await sql<{ idea: Idea }>`
    select ${ideaJson} as idea from ${ideaSources}
    where i.id = ${id}::uuid and (i.author_id = ${readerId}::uuid or (${visibleTo(readerId)}))
  `.execute(db);
  return rows[0]?.idea;
}

export async function ideasBy(db: IdeasDb, authorId: string): Promise<Idea[]> {
  const { rows } = await sql<{ idea: Idea }>`
    select ${ideaJson} as idea from ${ideaSources}
    where i.author_id = ${authorId}::uuid
    order by i.status = 'open' desc, i.created_at desc
  `.execute(db);
  return rows.map((row) => row.idea);
}

function columnsOf(body: IdeaBody) {
  return {
    title: body.title,
    description: body.description,
    subjects: body.subjects,
    age_min: body.pupilAgeMin,
    age_max: body.pupilAgeMax,
    languages: body.languages,
    countries_wanted: body.countriesWanted,
    starts_on: `${body.startMonth}-01`,
    ends_on: `${body.endMonth}-01`,
  };
}

export async function insertIdea(db: IdeasDb, authorId: string, body: IdeaBody): Promise<string> {
  const row = await db
    .insertInto('project_ideas')
    .values({ author_id: authorId, ...columnsOf(body) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes only the author's own idea; the number of rows says whether it was theirs. */
export async function updateIdea(db: IdeasDb, id: string, authorId: string, body: IdeaBody): Promise<number> {
  const result = await db
    .updateTable('project_ideas')
    .set({ ...columnsOf(body), updated_at: new Date() })
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setIdeaStatus(db: IdeasDb, id: string, authorId: string, status: 'open' | 'closed'): Promise<number> {
  const result = await db
    .updateTable('project_ideas')
    .set({ status, updated_at: new Date() })
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteIdea(db: IdeasDb, id: string, authorId: string): Promise<number> {
  const result = await db.deleteFrom('project_ideas').where('id', '=', id).where('author_id', '=', authorId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Inserts an answer; false when this teacher had already answered. */
export async function insertInterest(db: IdeasDb, ideaId: string, teacherId: string, message: string): Promise<boolean> {
  const inserted = await db
    .insertInto('idea_interests')
    .values({ idea_id: ideaId, teacher_id: teacherId, message })
    .onConflict((conflict) => conflict.columns(['idea_id', 'teacher_id']).doNothing())
    .returning('idea_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * Answers to one idea, newest first, from teachers who may still be found by `readerId` (validated,
 * no block either way); `teacherId` narrows them to one teacher's own.
 */
export async function interestsIn(db: IdeasDb, ideaId: string, readerId: string, teacherId?: string): Promise<Interest[]> {
  const { rows } = await sql<{ interest: Interest }>`
    select json_build_object(
      'teacher', json_build_object('id', u.id, 'name', u.name, 'schoolName', s.name, 'town', s.town, 'countryCode', u.country_code),
      'message', x.message, 'createdAt', to_char(x.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) as interest
    from idea_interests x join users u on u.id = x.teacher_id join schools s on s.id = u.school_id
    where x.idea_id = ${ideaId}::uuid and u.status = 'validated'
      and not exists (select 1 from blocks b where (b.blocker = ${readerId}::uuid and b.blocked = u.id) or (b.blocker = u.id and b.blocked = ${readerId}::uuid))
      ${teacherId ? sql`and x.teacher_id = ${teacherId}::uuid` : sql``}
    order by x.created_at desc
  `.execute(db);
  return rows.map((row) => row.interest);
}

/** Locks the idea against closing or deletion until the transaction ends; its status now. */
export async function lockIdeaStatus(db: IdeasDb, id: string): Promise<'open' | 'closed' | undefined> {
  const row = await db.selectFrom('project_ideas').select('status').where('id', '=', id).forShare().executeTakeFirst();
  return row?.status;
}
