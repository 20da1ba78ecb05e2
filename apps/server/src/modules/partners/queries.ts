import type { Partner, SearchPartnersResponse } from '@jumelage/contracts';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';

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

export type PartnerCursor = { score: number; lastActive: string; id: string };

/** Matches are ranked, counted and faceted among the most recently active this many. */
export const matchesCounted = 1000;

type SearchRow = {
  results: Array<Omit<Partner, 'lastActiveAt'> & { lastActiveAt: string; score: number; cursorTime: string }> | null;
  matches: number;
  countries: Array<{ value: string; count: number }> | null;
  subjects: Array<{ value: string; count: number }> | null;
  languages: Array<{ value: string; count: number }> | null;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

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
  conditions.push(sql`not exists (select 1 from blocks b where (b.blocker = ${filters.searcherId}::uuid and b.blocked = user_id) or (b.blocker = user_id and b.blocked = ${filters.searcherId}::uuid))`);
  return conditions;
}

/** A name that contains the text ranks first; then how closely the words match everything searchable. */
function scoreOf(filters: PartnerFilters): RawBuilder<number> {
  if (filters.words.length === 0) return sql<number>`0::float8`;
  const text = filters.words.join(' ');
  return sql<number>`(case when name_text like '%' || search_normalize(${escapeLike(text)}) || '%' then 1 else 0 end
    + word_similarity(search_normalize(${text}), search_text))::float8`;
}

/**
 * One round trip: the matching teachers (the most recently active `matchesCounted`), ranked by
 * score then activity, one page after the cursor, their count and the facets of the query.
 */
export async function searchPartners(db: Kysely<Schema>, filters: PartnerFilters, after: PartnerCursor | undefined, limit: number) {
  const afterCursor = after
    ? sql`where (score, last_active, user_id) < (${after.score}::float8, ${after.lastActive}::timestamptz, ${after.id}::uuid)`
    : sql``;
  const { rows } = await sql<SearchRow>`
    with matches as materialized (
      select *, ${scoreOf(filters)} as score
      from partner_search
      where ${sql.join(conditionsOf(filters), sql` and `)}
      order by last_active desc, user_id desc
      limit ${matchesCounted}
    ),
    page as (
      select * from matches ${afterCursor}
      order by score desc, last_active desc, user_id desc
      limit ${limit + 1}
    )
    select
      (select json_agg(json_build_object(
          'id', user_id, 'name', name, 'schoolName', school_name, 'town', town, 'countryCode', country_code,
          'level', level, 'subjects', subjects, 'pupilAgeMin', age_min, 'pupilAgeMax', age_max,
          'workingLanguages', languages, 'lookingForPartners', looking, 'lastActiveAt', last_active,
          'score', score, 'cursorTime', to_char(last_active at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        order by score desc, last_active desc, user_id desc) from page) as results,
      (select count(*)::int from matches) as matches,
      (select json_agg(json_build_object('value', value, 'count', n) order by n desc, value)
        from (select country_code::text as value, count(*)::int as n from matches group by 1) facet) as countries,
      (select json_agg(json_build_object('value', value, 'count', n) order by n desc, value)
        from (select unnest(subjects) as value, count(*)::int as n from matches group by 1) facet) as subjects,
      (select json_agg(json_build_object('value', value, 'count', n) order by n desc, value)
        from (select unnest(languages) as value, count(*)::int as n from matches group by 1) facet) as languages
  `.execute(db);
  const row = rows[0]!;
  const found = row.results ?? [];
  const facets: SearchPartnersResponse['facets'] = { countries: row.countries ?? [], subjects: row.subjects ?? [], languages: row.languages ?? [] };
  return { found, matches: row.matches, facets };
}
