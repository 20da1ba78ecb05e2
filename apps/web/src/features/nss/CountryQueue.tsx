import type { Account } from '@jumelage/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../design/Select.tsx';
import { useCountryOptions } from '../countries/use-country-options.ts';
import styles from './CountryQueue.module.css';

/**
 * A queue works for one country: an officer's own, or the one an administrator (who works for
 * any country, as the session says) chooses, one at a time.
 */
export function CountryQueue({ account, children }: { account: Account; children: (countryCode: string) => ReactNode }) {
  if (account.can.workForAnyCountry) return <ChosenCountry>{children}</ChosenCountry>;
  return account.countryCode ? children(account.countryCode) : null;
}

function ChosenCountry({ children }: { children: (countryCode: string) => ReactNode }) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const [countryCode, setCountryCode] = useState<string | null>(null);
  return (
    <>
      <div className={styles.countryChoice}>
        <Select
          label={t('register.country')}
          options={countryOptions}
          value={countryCode}
          onChange={setCountryCode}
          placeholder={t('register.choose')}
        />
      </div>
      {countryCode && children(countryCode)}
    </>
  );
}
