import type { SearchPartnersResponse } from '@jumelage/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { getJson } from '../../api/client.ts';

/** The filters of a search, exactly as they stand in the page's URL (shareable, back button). */
export const filterNames = ['q', 'countries', 'includeOwnCountry', 'subjects', 'languages', 'levels', 'ageMin', 'ageMax', 'lookingForPartners'] as const;
export type FilterName = (typeof filterNames)[number];

export function usePartnerFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const get = (name: FilterName) => searchParams.get(name) ?? '';
  const list = (name: FilterName) => get(name).split(',').filter(Boolean);
  const set = (changes: Partial<Record<FilterName, string | string[]>>) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      const text = Array.isArray(value) ? value.join(',') : value;
      if (text) next.set(name, text);
      else next.delete(name);
    }
    setSearchParams(next);
  };
  const clear = () => setSearchParams(new URLSearchParams());
  const apiQuery = new URLSearchParams(filterNames.flatMap((name) => (get(name) ? [[name, get(name)]] : []))).toString();
  return { get, list, set, clear, apiQuery };
}

export function usePartnerSearch(apiQuery: string) {
  return useInfiniteQuery({
    queryKey: ['partners', apiQuery],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams(apiQuery);
      if (pageParam) query.set('after', pageParam);
      return getJson<SearchPartnersResponse>(`/api/partners?${query.toString()}`, signal);
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
