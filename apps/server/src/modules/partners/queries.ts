import type { Partner, SearchPartnersResponse } from '@jumelage/contracts';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { escapeLike } from '../../platform/db/like.ts';
import type { RankedCursor } from '../../platform/http/cursor.ts';

export type PartnerFilters = {
  searcherId: string;
  words: string[];
  countries: string[] | undefined;
  excludedCountry: string | undefined;
  subjects: string[] | undefined;
  languages: string[] | undefined;
  levels: string[] | undefined;
  ageMin: number | undefined;
  ageMax: number | undefined;
  lookingOnly: boolean;
};

/** Matches are ranked, counted and faceted among the most recently active this many. */
export const matchesCounted = 1000;

type SearchRow = {
  results: Array<Omit<Partner, 'lastActiveAt'> & { lastActiveAt: string; score: number; cursorTime: string }> | null;
  matches: number;
  countries: Array<{ value: string; count: number }> | null;
  subjects: Array<{ value: string; count: number }> | null;
  languages: Array<{ value: string; count: number }> | null;
  overflow: boolean;
};


function conditionsOf(filters: PartnerFilters): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = [sql`user_id <> ${filters.searcherId}::uuid`];
  for (const word of filters.words) conditions.push(sql`search_text like '%' || search_normalize(${escapeLike(word)}) || '%'`);
  if (filters.countries) conditions.push(sql`country_code = any(${filters.countries}::bpchar[])`);
  if (filters.excludedCountry) conditions.push(sql`country_code <> ${filters.excludedCountry}`);
  if (filters.subjects) conditions.push(sql`subjects && ${filters.subjects}::text[]`);
  if (filters.languages) conditions.push(sql`languages && ${filters.languages}::text[]`);
  if (filters.levels) conditions.push(sql`level = any(${filters.levels}::text[])`);
  if (filters.ageMax !== undefined) conditions.push(sql`age_min <= ${filters.ageMax}`);
  if (filters.ageMin !== undefined) conditions.push(sql`age_max >= ${filters.ageMin}`);
  if (filters.lookingOnly) conditions.push(sql`looking`);
  // Evaluated once per search, not once per row.
  conditions.push(sql`user_id <> all(array(
    select blocked from blocks where blocker = ${filters.searcherId}::uuid
    union all select blocker from blocks where blocked = ${filters.searcherId}::uuid))`);
  return conditions;
}

/**
 * Relevance is cheap on purpose (it is computed for up to `matchesCounted` rows): the whole text in
 * the name first, then each word found in the name; everything else that matched ranks by activity.
 */
function scoreOf(filters: PartnerFilters): RawBuilder<number> {
  if (filters.words.length === 0) return sql<number>`0::float8`;
  const phrase = sql`name_text like '%' || search_normalize(${escapeLike(filters.words.join(' '))}) || '%'`;
  const inName = filters.words.map((word) => sql`(name_text like '%' || search_normalize(${escapeLike(word)}) || '%')::int`);
  return sql<number>`(case when ${phrase} then 1 else 0 end + (${sql.join(inName, sql` + `)})::float8 / ${filters.words.length})::float8`;
}

/** A row `s` of partner_search as the contracts' Partner. */
export const partnerJson = sql`jsonb_build_object(
  'id', s.user_id, 'name', s.name, 'schoolName', s.school_name, 'town', s.town, 'countryCode', s.country_code,
  'level', s.level, 'subjects', s.subjects, 'pupilAgeMin', s.age_min, 'pupilAgeMax', s.age_max,
  'workingLanguages', s.languages, 'lookingForPartners', s.looking,
  'lastActiveAt', to_char(s.last_active at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))`;

/** Only what the walk index covers, so that a broad search never reads the table. */
const matchColumns = sql`user_id, last_active, country_code, subjects, languages, name_text`;

/**
 * A text search counts its matches among a 64th of the teachers (those whose id is below this bound,
 * indexed by the partial trigram index `partner_search_text_sample`) to choose its plan: the narrow
 * plan when at most `narrowSearchUpTo` are estimated to match, the walk otherwise.
 */
const sampleBound = '04000000-0000-0000-0000-000000000000';
const sampleShare = 64;
export const narrowSearchUpTo = 16_000;

/** Past this many candidates the estimate was wrong, and the narrow plan gives way to the walk. */
const narrowSearchAtMost = 2 * narrowSearchUpTo;

export type PlanChoice = 'estimated' | 'narrow' | 'walk';

/** The CTEs that define `matches`, whether they overflowed, and the plan kinds they forbid the planner. */
type Plan = { matches: RawBuilder<unknown>; overflow: RawBuilder<boolean>; forbidden: string[] };

/** The counted matches: the most recently active `matchesCounted` that meet every filter. */
function walkPlan(filters: PartnerFilters, forced: boolean): Plan {
  return {
    matches: sql`matches as materialized (
      select ${matchColumns} from partner_search
      where ${sql.join(conditionsOf(filters), sql` and `)}
      order by last_active desc, user_id desc
      limit ${matchesCounted})`,
    overflow: sql<boolean>`false`,
    forbidden: forced ? ['enable_bitmapscan', 'enable_seqscan'] : [],
  };
}

function narrowPlan(filters: PartnerFilters, atMost: number): Plan {
  return {
    matches: sql`candidates as materialized (
      select ${matchColumns} from partner_search
      where ${sql.join(conditionsOf(filters), sql` and `)}
      limit ${atMost + 1}),
    matches as materialized (select * from candidates order by last_active desc, user_id desc limit ${matchesCounted})`,
    overflow: sql<boolean>`(select count(*) from candidates) > ${atMost}`,
    forbidden: ['enable_indexscan', 'enable_indexonlyscan', 'enable_seqscan'],
  };
}

/**
 * One page of matching teachers, ranked by score then activity, their count and the facets of the
 * query. Filters alone are left to the planner, whose estimates for them are good; trigram estimates
 * are not, so a text search counts its matches in the sample and chooses the plan itself.
 */
export async function searchPartners(
  db: Kysely<Schema>,
  filters: PartnerFilters,
  after: RankedCursor | undefined,
  limit: number,
  choice: PlanChoice = 'estimated',
) {
  if (filters.words.length === 0 && choice === 'estimated') return runPlan(db, walkPlan(filters, false), filters, after, limit);
  const walk = choice === 'walk' || (choice === 'estimated' && (await estimateMatches(db, filters)) > narrowSearchUpTo);
  if (walk) return runPlan(db, walkPlan(filters, true), filters, after, limit);
  const narrow = await runPlan(db, narrowPlan(filters, narrowSearchAtMost), filters, after, limit);
  return narrow.overflow ? runPlan(db, walkPlan(filters, true), filters, after, limit) : narrow;
}

/** How many teachers match, from the sample: counting stops as soon as the answer is "too many to narrow". */
export async function estimateMatches(db: Kysely<Schema>, filters: PartnerFilters): Promise<number> {
  const enough = Math.floor(narrowSearchUpTo / sampleShare) + 1;
  const { rows } = await db.transaction().execute(async (trx) => {
    for (const setting of ['enable_indexscan', 'enable_indexonlyscan', 'enable_seqscan']) await sql`select set_config(${setting}, 'off', true)`.execute(trx);
    return sql<{ sampled: number }>`
      select count(*)::int as sampled from (
        select from partner_search
        where user_id < ${sampleBound}::uuid and ${sql.join(conditionsOf(filters), sql` and `)}
        limit ${enough}) sample`.execute(trx);
  });
  return rows[0]!.sampled * sampleShare;
}

async function runPlan(db: Kysely<Schema>, plan: Plan, filters: PartnerFilters, after: RankedCursor | undefined, limit: number) {
  const afterCursor = after
    ? sql`where (score, last_active, user_id) < (${after.score}::float8, ${after.time}::timestamptz, ${after.id}::uuid)`
    : sql``;
  const query = sql<SearchRow>`
    with ${plan.matches},
    page as (
      select * from (select user_id, last_active, ${scoreOf(filters)} as score from matches) scored ${afterCursor}
      order by score desc, last_active desc, user_id desc
      limit ${limit + 1}
    )
    select
      (select json_agg(${partnerJson} || jsonb_build_object(
          'score', page.score, 'cursorTime', to_char(page.last_active at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        order by page.score desc, page.last_active desc, page.user_id desc)
        from page join partner_search s on s.user_id = page.user_id) as results,
      (select count(*)::int from matches) as matches,
      ${plan.overflow} as overflow,
      (select json_agg(json_build_object('value', value, 'count', n) order by n desc, value)
        from (select country_code::text as value, count(*)::int as n from matches group by 1) facet) as countries,
      (select json_agg(json_build_object('value', value, 'count', n) order by n desc, value)
        from (select unnest(subjects) as value, count(*)::int as n from matches group by 1) facet) as subjects,
      (select json_agg(json_build_object('value', value, 'count', n) order by n desc, value)
        from (select unnest(languages) as value, count(*)::int as n from matches group by 1) facet) as languages
  `;
  const { rows } =
    plan.forbidden.length === 0
      ? await query.execute(db)
      : await db.transaction().execute(async (trx) => {
          for (const setting of plan.forbidden) await sql`select set_config(${setting}, 'off', true)`.execute(trx);
          return query.execute(trx);
        });
  const row = rows[0]!;
  const found = row.results ?? [];
  const facets: SearchPartnersResponse['facets'] = { countries: row.countries ?? [], subjects: row.subjects ?? [], languages: row.languages ?? [] };
  return { found, matches: row.matches, facets, overflow: row.overflow };
}
