import type { Partner, SearchPartnersResponse } from '@jumelage/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { PartnersDb } from './tables.ts';
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
  tier_start: string | null;
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
 * Where a search looks: the recent tier, a copy of the most recently active fifth of the teachers
 * (migration 0014) kept by a trigger and the server's hourly upkeep, or all of them. Whenever the recent tier
 * holds `counted` matches, they are the answer, because every teacher it leaves out is less recent.
 */
export type Tier = 'recently_active_partners' | 'partner_search';
export const recentTier: Tier = 'recently_active_partners';
export const allTeachers: Tier = 'partner_search';
/** The tier's share of the teachers, as `recently_active_partners_kept()` sets it (above 100,000 teachers). */
export const recentShare = 5;

/**
 * Where the recent tier starts, as text (a Date would lose the microseconds), null when it holds
 * every teacher; as a column, read in the snapshot of the statement that selects it.
 */
export const recentTierStartColumn = sql<string | null>`(select nullif(since, '-infinity')::text from recently_active_partners_since)`;

export async function recentTierStart(db: PartnersDb): Promise<string | null> {
  const { rows } = await sql<{ since: string | null }>`select ${recentTierStartColumn} as since`.execute(db);
  return rows[0]!.since;
}

/** What a search of `tier` asks for on top of its filters: the recent tier holds stale rows until its upkeep. */
export function tierCondition(tier: Tier, since: string | null): RawBuilder<boolean> {
  return tier === recentTier && since ? sql<boolean>`last_active >= ${since}::timestamptz` : sql<boolean>`true`;
}

/**
 * A text search counts its matches among a 64th of the teachers (those whose id is below this bound,
 * indexed by the partial trigram index `partner_search_text_sample`) to choose where to look and how.
 */
const sampleBound = '04000000-0000-0000-0000-000000000000';
const sampleShare = 64;
/**
 * Up to this many estimated matches (the tier would hold 800), the whole table is searched at once.
 * Above, the tier is tried first even when it may hold too few: trying costs a fifth of the
 * matches, in shared buffers, and saves reading every match from the system's cache when it holds enough.
 */
const fewMatches = matchesCounted * recentShare * 0.8;
/** Up to this many estimated matches, the recent tier is searched through its GIN indexes, beyond by the walk. */
export const recentNarrowUpTo = 32_000;

export type PlanChoice = 'estimated' | 'all teachers' | 'recent narrow' | 'recent walk';

/** Where a plan looks, the CTEs that define `matches`, whether they overflowed, and the plan kinds they forbid the planner. */
type Plan = { tier: Tier; matches: RawBuilder<unknown>; overflow: RawBuilder<boolean>; forbidden: string[] };

/** `since`: see recentTierStart. */
type SearchScope = { filters: PartnerFilters; since: string | null; counted: number };

function whereOf({ filters, since }: SearchScope, tier: Tier) {
  return sql.join([...conditionsOf(filters), tierCondition(tier, since)], sql` and `);
}

/** The counted matches: the most recently active that meet every filter, from the walk index or as the planner sees fit. */
function walkPlan(scope: SearchScope, tier: Tier, forced: boolean): Plan {
  return {
    tier,
    matches: sql`matches as materialized (
      select ${matchColumns} from ${sql.table(tier)}
      where ${whereOf(scope, tier)}
      order by last_active desc, user_id desc
      limit ${scope.counted})`,
    overflow: sql<boolean>`false`,
    forbidden: forced ? ['enable_bitmapscan', 'enable_seqscan'] : [],
  };
}

/** Every match from the GIN indexes, sorted by activity: `atMost` of them at most, or it overflows. */
function narrowPlan(scope: SearchScope, tier: Tier, atMost?: number): Plan {
  return {
    tier,
    matches: sql`candidates as materialized (
      select ${matchColumns} from ${sql.table(tier)}
      where ${whereOf(scope, tier)}
      ${atMost === undefined ? sql`` : sql`limit ${atMost + 1}`}),
    matches as materialized (select * from candidates order by last_active desc, user_id desc limit ${scope.counted})`,
    overflow: atMost === undefined ? sql<boolean>`false` : sql<boolean>`(select count(*) from candidates) > ${atMost}`,
    forbidden: ['enable_indexscan', 'enable_indexonlyscan', 'enable_seqscan'],
  };
}

/**
 * One page of matching teachers, ranked by score then activity, their count and the facets of the
 * query. A search first looks among the recently active, unless its sampled count says it matches
 * too few for them to hold the counted matches; filters alone are left to the planner, whose
 * estimates for them are good; trigram estimates are not, so a text search chooses its plan itself.
 */
export async function searchPartners(
  db: PartnersDb,
  filters: PartnerFilters,
  after: RankedCursor | undefined,
  limit: number,
  { plan: choice = 'estimated', counted = matchesCounted }: { plan?: PlanChoice; counted?: number } = {},
) {
  const { since, estimated } = await sampleMatches(db, filters);
  const scope: SearchScope = { filters, since, counted };
  const run = (plan: Plan) => runPlan(db, plan, scope, after, limit);
  const everyone = estimated === undefined ? walkPlan(scope, allTeachers, false) : narrowPlan(scope, allTeachers);
  if (choice === 'all teachers') return run(everyone);
  if (choice === 'estimated' && estimated !== undefined && estimated <= fewMatches) {
    // The estimate may be far off: past twice the threshold, the recent tier is tried after all.
    const narrow = await run(narrowPlan(scope, allTeachers, 2 * fewMatches));
    if (!narrow.overflow) return narrow;
  }
  // The tier as this search's statement saw it must be the one `since` was read from: an upkeep in
  // between may have moved it up and let go of the teachers below.
  const holdsTheCounted = ({ matches, tierStart }: SearchResult) => tierStart === since && (matches >= counted || since === null);
  const recent = await run(recentPlan(scope, choice, estimated));
  if (!recent.overflow && holdsTheCounted(recent)) return recent;
  if (recent.overflow) {
    const walked = await run(walkPlan(scope, recentTier, true));
    if (holdsTheCounted(walked)) return walked;
  }
  return run(everyone);
}

function recentPlan(scope: SearchScope, choice: PlanChoice, estimated: number | undefined): Plan {
  if (choice === 'recent walk') return walkPlan(scope, recentTier, true);
  if (choice === 'recent narrow') return narrowPlan(scope, recentTier);
  if (estimated === undefined) return walkPlan(scope, recentTier, false);
  return estimated <= recentNarrowUpTo
    ? narrowPlan(scope, recentTier, (2 * recentNarrowUpTo) / recentShare)
    : walkPlan(scope, recentTier, true);
}

/**
 * Where the recent tier starts and, for a text search, how many teachers match, from the sample:
 * counting stops as soon as the answer is "too many to narrow".
 */
export async function sampleMatches(
  db: PartnersDb,
  filters: PartnerFilters,
): Promise<{ since: string | null; estimated: number | undefined }> {
  if (filters.words.length === 0) return { since: await recentTierStart(db), estimated: undefined };
  const enough = Math.floor(recentNarrowUpTo / sampleShare) + 1;
  const { rows } = await db.transaction().execute(async (trx) => {
    await forbid(trx, ['enable_indexscan', 'enable_indexonlyscan', 'enable_seqscan']);
    return sql<{ since: string | null; sampled: number }>`
      select ${recentTierStartColumn} as since, count(*)::int as sampled from (
        select from partner_search
        where user_id < ${sampleBound}::uuid and ${sql.join(conditionsOf(filters), sql` and `)}
        limit ${enough}) sample`.execute(trx);
  });
  return { since: rows[0]!.since, estimated: rows[0]!.sampled * sampleShare };
}

/**
 * Forces a plan for the rest of the transaction. JIT compilation goes too: a forbidden plan kind
 * makes the costs of any path that still needs it look huge, which would start it for nothing.
 */
async function forbid(trx: PartnersDb, settings: string[]) {
  await sql`select ${sql.join([...settings, 'jit'].map((setting) => sql`set_config(${setting}, 'off', true)`))}`.execute(trx);
}

type SearchResult = Awaited<ReturnType<typeof runPlan>>;

async function runPlan(db: PartnersDb, plan: Plan, { filters }: SearchScope, after: RankedCursor | undefined, limit: number) {
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
        from page join ${sql.table(plan.tier)} s on s.user_id = page.user_id) as results,
      (select count(*)::int from matches) as matches,
      ${plan.overflow} as overflow,
      ${recentTierStartColumn} as tier_start,
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
          await forbid(trx, plan.forbidden);
          return query.execute(trx);
        });
  const row = rows[0]!;
  const found = row.results ?? [];
  const facets: SearchPartnersResponse['facets'] = {
    countries: row.countries ?? [],
    subjects: row.subjects ?? [],
    languages: row.languages ?? [],
  };
  return { found, matches: row.matches, facets, overflow: row.overflow, tierStart: row.tier_start, answeredFrom: plan.tier };
}
