import type { Partner } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { PartnersDb } from './tables.ts';
import { allTeachers, partnerJson, recentTier, recentTierStart, recentTierStartColumn, tierCondition, type Tier } from './queries.ts';

export type SuggestionProfile = {
  countryCode: string;
  subjects: string[];
  languages: string[];
  ageMin: number | null;
  ageMax: number | null;
  /** Hours ahead of UTC in the teacher's country, today. */
  utcOffset: number;
};

export type ScoredCandidate = {
  partner: Partner;
  shared_subjects: string[];
  shared_languages: string[];
  shared_age_min: number | null;
  shared_age_max: number | null;
  hours_apart: number;
  days_idle: number;
  looking: boolean;
};

/** Candidates are ranked among the most recently active this many who share something. */
export const suggestionsConsidered = 1000;

const offsetOf = (zone: ReturnType<typeof sql>) =>
  sql<number>`(extract(epoch from (now() at time zone ${zone}) - (now() at time zone 'UTC')) / 3600)::float8`;

export async function suggestionProfileOf(db: PartnersDb, userId: string): Promise<SuggestionProfile | undefined> {
  const { rows } = await sql<SuggestionProfile>`
    select u.country_code as "countryCode", p.subjects, p.working_languages as languages, p.pupil_age_min as "ageMin", p.pupil_age_max as "ageMax",
           ${offsetOf(sql`c.time_zone`)} as "utcOffset"
    from users u join teacher_profiles p on p.user_id = u.id join countries c on c.code = u.country_code
    where u.id = ${userId}::uuid
  `.execute(db);
  return rows[0];
}

/**
 * Colleagues abroad who share a working language and a subject or pupils' ages, not yet in contact
 * nor blocked either way, scored by what they share, how close their school day is and how recently
 * they were active. The candidates come from the recent tier's walk index when it holds enough of
 * them, as a search's matches do (see docs/ARCHITECTURE.md).
 */
export async function suggestPartners(db: PartnersDb, userId: string, me: SuggestionProfile, limit: number): Promise<ScoredCandidate[]> {
  const since = await recentTierStart(db);
  const recent = await suggestFrom(db, recentTier, since, userId, me, limit);
  // As for a search: the tier the statement saw must be the one `since` was read from.
  const first = recent[0];
  const enough = first !== undefined && first.tier_start === since && (since === null || first.considered >= suggestionsConsidered);
  return enough ? recent : suggestFrom(db, allTeachers, since, userId, me, limit);
}

async function suggestFrom(db: PartnersDb, tier: Tier, since: string | null, userId: string, me: SuggestionProfile, limit: number) {
  const hasAges = me.ageMin !== null && me.ageMax !== null;
  const sharesSubjectOrAges = hasAges
    ? sql`(s.subjects && ${me.subjects}::text[] or (s.age_min <= ${me.ageMax} and s.age_max >= ${me.ageMin}))`
    : sql`s.subjects && ${me.subjects}::text[]`;
  const { rows } = await sql<ScoredCandidate & { considered: number; tier_start: string | null }>`
    with candidates as materialized (
      select s.user_id, s.last_active, s.country_code, s.subjects, s.languages, s.age_min, s.age_max, s.looking
      from ${sql.table(tier)} s
      where ${tierCondition(tier, since)} and s.user_id <> ${userId}::uuid and s.country_code <> ${me.countryCode}
        and s.languages && ${me.languages}::text[] and ${sharesSubjectOrAges}
        and s.user_id <> all(array(
          select blocked from blocks where blocker = ${userId}::uuid
          union all select blocker from blocks where blocked = ${userId}::uuid
          union all select to_user from contact_requests where from_user = ${userId}::uuid and status in ('pending', 'accepted')
          union all select from_user from contact_requests where to_user = ${userId}::uuid and status in ('pending', 'accepted')))
      order by s.last_active desc, s.user_id desc
      limit ${suggestionsConsidered}
    ),
    zones as (select code, ${offsetOf(sql`time_zone`)} as utc_offset from countries),
    shared as (
      select c.user_id as id, c.last_active, c.looking,
             array(select unnest(c.subjects) intersect select unnest(${me.subjects}::text[]) order by 1) as shared_subjects,
             array(select unnest(c.languages) intersect select unnest(${me.languages}::text[]) order by 1) as shared_languages,
             -- greatest() and least() skip nulls: a colleague who has not said their ages shares none.
             ${hasAges ? sql`case when c.age_min is not null and c.age_max is not null then greatest(c.age_min, ${me.ageMin}::int) end` : sql`null::int`} as shared_age_min,
             ${hasAges ? sql`case when c.age_min is not null and c.age_max is not null then least(c.age_max, ${me.ageMax}::int) end` : sql`null::int`} as shared_age_max,
             abs(z.utc_offset - ${me.utcOffset}::float8) as hours_apart,
             (extract(epoch from now() - c.last_active) / 86400)::float8 as days_idle
      from candidates c join zones z on z.code = c.country_code
    ),
    best as (
      select shared.*, (
          2 * least(cardinality(shared_subjects), 2)
        + 2 * ${hasAges ? sql`greatest(0, coalesce(shared_age_max - shared_age_min + 1, 0))::float8 / (${me.ageMax}::int - ${me.ageMin}::int + 1)` : sql`0`}
        + case when exists (select 1 from unnest(shared_languages) l where l <> 'en') then 1 else 0.5 end
        + 2 * greatest(0, 1 - hours_apart / 3)
        + 2 * greatest(0, 1 - days_idle / 90)
        + case when looking then 1 else 0 end
      )::float8 as score
      from shared
      order by score desc, last_active desc, id desc
      limit ${limit}
    )
    -- The cards are built for the chosen few only.
    select ${partnerJson} as partner, best.*, (select count(*)::int from candidates) as considered, ${recentTierStartColumn} as tier_start
    from best join ${sql.table(tier)} s on s.user_id = best.id
    order by best.score desc, best.last_active desc, best.id desc
  `.execute(db);
  return rows;
}
