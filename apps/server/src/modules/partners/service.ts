import type { SearchPartnersResponse } from '@jumelage/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { partnersPolicy } from './policy.ts';
import { decodeRankedCursor, encodeRankedCursor } from '../../platform/http/cursor.ts';
import { matchesCounted, searchPartners } from './queries.ts';

export type PartnerQuery = {
  q?: string | undefined;
  countries?: string[] | undefined;
  includeOwnCountry?: 'true' | 'false' | undefined;
  subjects?: string[] | undefined;
  languages?: string[] | undefined;
  levels?: string[] | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  lookingForPartners?: 'true' | undefined;
  after?: string | undefined;
  limit: number;
};

/** Finds colleagues abroad: never the searcher, never someone not validated or hidden (the table holds none). */
export async function findPartners(
  { database }: Pick<AppDependencies, 'database'>,
  actor: Actor,
  query: PartnerQuery,
): Promise<SearchPartnersResponse> {
  authorize(partnersPolicy, actor, 'searchPartners');
  const words = (query.q ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  const ownCountryLeftOut = !query.countries && query.includeOwnCountry !== 'true';
  const { found, matches, facets } = await searchPartners(
    database.db,
    {
      searcherId: actor.userId,
      words,
      countries: nonEmpty(query.countries),
      excludedCountry: ownCountryLeftOut ? (actor.countryCode ?? undefined) : undefined,
      subjects: nonEmpty(query.subjects),
      languages: nonEmpty(query.languages),
      levels: nonEmpty(query.levels),
      ageMin: query.ageMin,
      ageMax: query.ageMax,
      lookingOnly: query.lookingForPartners === 'true',
    },
    query.after ? decodeRankedCursor(query.after, 'after') : undefined,
    query.limit,
  );
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    results: page.map(({ score: _score, cursorTime: _cursorTime, lastActiveAt, ...partner }) => ({
      ...partner,
      lastActiveAt: new Date(lastActiveAt).toISOString(),
    })),
    nextCursor: found.length > query.limit && last ? encodeRankedCursor({ score: last.score, time: last.cursorTime, id: last.id }) : null,
    matches,
    matchesCounted,
    facets,
  };
}

/** A list filter that names nothing filters nothing. */
export function nonEmpty(values: string[] | undefined): string[] | undefined {
  return values && values.length > 0 ? values : undefined;
}
