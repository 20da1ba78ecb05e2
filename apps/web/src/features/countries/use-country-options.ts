import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../design/Select.tsx';
import { useCountries, useCountryName } from './use-countries.ts';

/** The participating countries as options, named and sorted in the reader's language. */
export function useCountryOptions(): SelectOption[] {
  const { i18n } = useTranslation();
  const countries = useCountries();
  const countryName = useCountryName();
  return (countries.data ?? [])
    .map((country) => ({ id: country.code, label: countryName(country.code) }))
    .toSorted((a, b) => a.label.localeCompare(b.label, i18n.language));
}
