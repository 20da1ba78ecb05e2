import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { OperationAnswering } from '@jumelage/contracts';
import { api } from '../../api/client.ts';

/** The filters a search page may offer, each named as in the API's query and the page's URL. */
export type FilterName =
  | 'q'
  | 'countries'
  | 'includeOwnCountry'
  | 'openToMyCountry'
  | 'subjects'
  | 'languages'
  | 'levels'
  | 'ageMin'
  | 'ageMax'
  | 'lookingForPartners'
  | 'theme'
  | 'subject'
  | 'country'
  | 'year';
const partnerFilterNames: FilterName[] = [
  'q',
  'countries',
  'includeOwnCountry',
  'subjects',
  'languages',
  'levels',
  'ageMin',
  'ageMax',
  'lookingForPartners',
];

/** The filters of a search, exactly as they stand in the page's URL (shareable, back button). */
export function useUrlFilters(filterNames: readonly FilterName[] = partnerFilterNames) {
  const [searchParams, setSearchParams] = useSearchParams();
  const get = (name: FilterName) => searchParams.get(name) ?? '';
  const list = (name: FilterName) => get(name).split(',').filter(Boolean);
  // Each change builds on the last one made, not on the address this render saw: two changes before
  // the next render (a box ticked while a select closes) must both stay. The router's own updater
  // function is given the rendered address too.
  const latest = useRef(searchParams);
  latest.current = searchParams;
  const set = (changes: Partial<Record<FilterName, string | string[]>>) => {
    const next = new URLSearchParams(latest.current);
    for (const [name, value] of Object.entries(changes)) {
      const text = Array.isArray(value) ? value.join(',') : value;
      if (text) next.set(name, text);
      else next.delete(name);
    }
    latest.current = next;
    setSearchParams(next);
  };
  const clear = () => setSearchParams(new URLSearchParams());
  const apiQuery = new URLSearchParams(filterNames.flatMap((name) => (get(name) ? [[name, get(name)]] : []))).toString();
  return { get, list, set, clear, apiQuery, names: filterNames };
}

type SearchPage = { results: unknown[]; nextCursor: string | null };
export type CursorSearch = ReturnType<typeof useCursorSearch<SearchPage>>;

/** A search whose pages follow each other by cursor, kept on screen while the next query loads. */
export function useCursorSearch<Result extends SearchPage>(operation: OperationAnswering<Result>, apiQuery: string) {
  return useInfiniteQuery({
    queryKey: [operation.path, apiQuery],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams(apiQuery);
      if (pageParam) query.set('after', pageParam);
      return api.search(operation, query, signal);
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
