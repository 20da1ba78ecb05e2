import type { Partner } from '@jumelage/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireTeacherTools } from '../../app/RequireTeacherTools.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { FactList } from '../../design/FactList.tsx';
import { Page } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ageRange } from '../accounts/profile-format.ts';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { ContactRequestForm } from './ContactRequestForm.tsx';
import { PartnerFilters } from './PartnerFilters.tsx';
import styles from './PartnersPage.module.css';
import { usePartnerFilters, usePartnerSearch } from './use-partner-search.ts';

/** A teacher looks for colleagues abroad: filters on one side, results on the other, all in the URL. */
export function PartnersPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.title'));
  return (
    <RequireTeacherTools title={t('partners.title')}>
      <Search />
    </RequireTeacherTools>
  );
}

function Search() {
  const { t, i18n } = useTranslation();
  const filters = usePartnerFilters();
  const search = usePartnerSearch(filters.apiQuery);
  const [text, setText] = useState(filters.get('q'));
  const urlText = filters.get('q');
  // The URL changes with the back button too: the field follows it (but keeps a space being typed).
  useEffect(() => setText((current) => (current.trim() === urlText ? current : urlText)), [urlText]);
  useEffect(() => {
    if (text.trim() === urlText) return;
    const timer = setTimeout(() => filters.set({ q: text.trim() }), 300);
    return () => clearTimeout(timer);
  }, [text, urlText, filters]);

  const pages = search.data?.pages ?? [];
  const first = pages[0];
  const results = pages.flatMap((page) => page.results);
  const numbers = new Intl.NumberFormat(i18n.language);
  return (
    <Page title={t('partners.title')} width="wide" intro={<p>{t('partners.intro')}</p>}>
      <div className={styles.layout}>
        <aside aria-label={t('partners.filters')}>
          <PartnerFilters filters={filters} facets={first?.facets} />
        </aside>
        <section aria-labelledby="partner-results" className={styles.results}>
          <TextField label={t('partners.text')} description={t('partners.textHint')} type="search" value={text} onChange={setText} maxLength={200} />
          <h2 id="partner-results" className={styles.count} aria-live="polite">
            {first ? (first.matches >= first.matchesCounted ? t('partners.manyMatches', { count: numbers.format(first.matchesCounted) }) : t('partners.matches', { count: first.matches })) : t('app.loading')}
          </h2>
          {search.isError && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
          {first && results.length === 0 && (
            <EmptyState>
              <p>{t('partners.empty')}</p>
              <Button variant="secondary" onPress={filters.clear}>
                {t('partners.clear')}
              </Button>
            </EmptyState>
          )}
          <ul className={styles.list} aria-busy={search.isFetching}>
            {results.map((partner) => (
              <PartnerCard key={partner.id} partner={partner} />
            ))}
          </ul>
          {search.hasNextPage && (
            <Button variant="secondary" onPress={() => void search.fetchNextPage()} isDisabled={search.isFetchingNextPage}>
              {t('nssQueue.more')}
            </Button>
          )}
        </section>
      </div>
    </Page>
  );
}

function PartnerCard({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const days = Math.max(0, Math.round((Date.now() - new Date(partner.lastActiveAt).getTime()) / 86_400_000));
  const lastActive = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(-days, 'day');
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <h3 className={styles.name}>{partner.name}</h3>
        {partner.lookingForPartners && <span className={styles.badge}>{t('partners.looking')}</span>}
      </div>
      <p className={styles.meta}>
        {partner.schoolName}, {partner.town} · {countryName(partner.countryCode)} · {t(`schoolLevels.${partner.level}`)}
      </p>
      <FactList
        facts={[
          { term: t('partners.subjects'), value: partner.subjects.map((subject) => t(`subjects.${subject}`)).join(', ') || '—' },
          { term: t('partners.ages'), value: ageRange(partner.pupilAgeMin, partner.pupilAgeMax) },
          { term: t('partners.languages'), value: partner.workingLanguages.map((code) => languageName.of(code)).join(', ') || '—' },
          { term: t('partners.lastActive'), value: lastActive },
        ]}
      />
      <ContactRequestForm partnerId={partner.id} partnerName={partner.name} />
    </li>
  );
}
