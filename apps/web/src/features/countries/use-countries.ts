import { countriesOperations, type Country } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';

export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: ({ signal }) => api.call(countriesOperations.list, { signal }),
    select: (response) => response.countries,
    staleTime: Infinity,
  });
}

/** A country's name in the reader's language, from the browser's own data (no catalog needed). */
export function useCountryName(): (code: Country['code']) => string {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  return (code) => names.of(code) ?? code;
}
