import type { Country } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useCountries, useCountryName } from '../countries/use-countries.ts';
import styles from './HomePage.module.css';

const memberships: Country['membership'][] = ['eu', 'associated', 'partner'];

export function CountriesSection() {
  const { t, i18n } = useTranslation();
  const countries = useCountries();
  const countryName = useCountryName();
  return (
    <section id="countries" className={styles.section} aria-labelledby="countries-title">
      <h2 id="countries-title">{t('home.countries.heading')}</h2>
      {countries.isPending && <p role="status">{t('home.countries.loading')}</p>}
      {countries.isError && <ErrorState error={countries.error} onRetry={() => void countries.refetch()} />}
      {countries.isSuccess && (
        <>
          <p className={styles.sectionIntro}>{t('home.countries.summary', { count: countries.data.length })}</p>
          <div className={styles.countryGroups}>
            {memberships.map((membership) => {
              const names = countries.data
                .filter((country) => country.membership === membership)
                .map((country) => countryName(country.code))
                .toSorted((a, b) => a.localeCompare(b, i18n.language));
              return (
                <div key={membership} className={styles.countryGroup}>
                  <h3>{t(`home.countries.${membership}`)}</h3>
                  <ul className={styles.countryList}>
                    {names.map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
