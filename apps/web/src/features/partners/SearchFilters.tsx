import type { SearchPartnersResponse } from '@jumelage/contracts';
import { schoolLevels, subjects, workingLanguages } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/Button.tsx';
import { Checkbox, CheckboxGroup } from '../../design/Checkbox.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Select } from '../../design/Select.tsx';
import { useCountryOptions } from '../countries/use-country-options.ts';
import type { FilterName, useUrlFilters } from './use-url-search.ts';
import styles from './PartnersPage.module.css';
import { pupilAges as ages } from '../accounts/profile-format.ts';

type Filters = ReturnType<typeof useUrlFilters>;

/**
 * The filters of a search page, those it names; counts beside the options come from the current
 * results where the search gives facets.
 */
export function SearchFilters({ filters, facets }: { filters: Filters; facets?: SearchPartnersResponse['facets'] | undefined }) {
  const { t, i18n } = useTranslation();
  const countryOptions = useCountryOptions();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const counted = (facet: Array<{ value: string; count: number }> | undefined) =>
    new Map((facet ?? []).map((entry) => [entry.value, entry.count]));
  const withCount = (label: string, count: number | undefined) => (count ? `${label} (${count})` : label);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, i18n.language);
  const countryCounts = counted(facets?.countries);
  const subjectCounts = counted(facets?.subjects);
  const languageCounts = counted(facets?.languages);
  const offers = (name: FilterName) => filters.names.includes(name);

  return (
    <div className={styles.filters}>
      {offers('lookingForPartners') && (
        <Checkbox
          isSelected={filters.get('lookingForPartners') === 'true'}
          onChange={(on) => filters.set({ lookingForPartners: on ? 'true' : '' })}
        >
          {t('partners.lookingOnly')}
        </Checkbox>
      )}
      <div className={fieldStyles.row}>
        <Select
          label={t('partners.ageFrom')}
          options={ages.map((age) => ({ id: age, label: age }))}
          value={filters.get('ageMin') || null}
          onChange={(age) => filters.set({ ageMin: age })}
          placeholder="—"
        />
        <Select
          label={t('partners.ageTo')}
          options={ages.map((age) => ({ id: age, label: age }))}
          value={filters.get('ageMax') || null}
          onChange={(age) => filters.set({ ageMax: age })}
          placeholder="—"
        />
      </div>
      <details className={styles.filterGroup} open={filters.list('subjects').length > 0 || undefined}>
        <summary>{t('partners.subjects')}</summary>
        <CheckboxGroup
          label={t('partners.subjects')}
          options={subjects
            .map((subject) => ({ value: subject, label: withCount(t(`subjects.${subject}`), subjectCounts.get(subject)) }))
            .toSorted(byLabel)}
          value={filters.list('subjects')}
          onChange={(value) => filters.set({ subjects: value })}
        />
      </details>
      <details className={styles.filterGroup} open={filters.list('countries').length > 0 || undefined}>
        <summary>{t('partners.countries')}</summary>
        {offers('includeOwnCountry') && (
          <Checkbox
            isSelected={filters.get('includeOwnCountry') === 'true'}
            onChange={(on) => filters.set({ includeOwnCountry: on ? 'true' : '' })}
          >
            {t('partners.includeOwnCountry')}
          </Checkbox>
        )}
        {offers('openToMyCountry') && (
          <Checkbox
            isSelected={filters.get('openToMyCountry') === 'true'}
            onChange={(on) => filters.set({ openToMyCountry: on ? 'true' : '' })}
          >
            {t('ideas.openToMyCountry')}
          </Checkbox>
        )}
        <CheckboxGroup
          label={t('partners.countries')}
          options={countryOptions.map((country) => ({ value: country.id, label: withCount(country.label, countryCounts.get(country.id)) }))}
          value={filters.list('countries')}
          onChange={(value) => filters.set({ countries: value })}
        />
      </details>
      <details className={styles.filterGroup} open={filters.list('languages').length > 0 || undefined}>
        <summary>{t('partners.languages')}</summary>
        <CheckboxGroup
          label={t('partners.languages')}
          options={workingLanguages
            .map((code) => ({ value: code, label: withCount(languageName.of(code) ?? code, languageCounts.get(code)) }))
            .toSorted(byLabel)}
          value={filters.list('languages')}
          onChange={(value) => filters.set({ languages: value })}
        />
      </details>
      {offers('levels') && (
        <details className={styles.filterGroup} open={filters.list('levels').length > 0 || undefined}>
          <summary>{t('partners.levels')}</summary>
          <CheckboxGroup
            label={t('partners.levels')}
            options={schoolLevels.map((level) => ({ value: level, label: t(`schoolLevels.${level}`) }))}
            value={filters.list('levels')}
            onChange={(value) => filters.set({ levels: value })}
          />
        </details>
      )}
      <div>
        <Button variant="quiet" onPress={filters.clear}>
          {t('partners.clear')}
        </Button>
      </div>
    </div>
  );
}
