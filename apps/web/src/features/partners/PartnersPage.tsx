import type { Partner } from '@jumelage/contracts';
import { partnersOperations, webPages } from '@jumelage/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { FactList } from '../../design/FactList.tsx';
import { Page } from '../../design/Page.tsx';
import { ageRange } from '../accounts/profile-format.ts';
import { useCountryName } from '../countries/use-countries.ts';
import { ContactRequestForm } from '../contacts/ContactRequestForm.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import styles from './PartnersPage.module.css';
import { useCursorSearch, useUrlFilters } from './use-url-search.ts';
import { SearchLayout } from './SearchLayout.tsx';

/** A teacher looks for colleagues abroad: filters on one side, results on the other, all in the URL. */
export function PartnersPage() {
  return (
    <TeacherToolsPage titleKey="partners.title">
      <Search />
    </TeacherToolsPage>
  );
}

function Search() {
  const { t, i18n } = useTranslation();
  const filters = useUrlFilters();
  const search = useCursorSearch(partnersOperations.search, filters.apiQuery);

  const pages = search.data?.pages ?? [];
  const first = pages[0];
  const results = pages.flatMap((page) => page.results);
  const numbers = new Intl.NumberFormat(i18n.language);
  // The search leaves the teacher's own country out unless asked: when nobody abroad matches, say so and offer it.
  const ownCountryLeftOut = filters.list('countries').length === 0 && filters.get('includeOwnCountry') !== 'true';
  return (
    <Page
      title={t('partners.title')}
      width="wide"
      intro={
        <>
          <p>{t('partners.intro')}</p>
          <div className={styles.actions}>
            <LinkButton href={webPages.suggestedPartners} variant="secondary">
              {t('nav.suggestedPartners')}
            </LinkButton>
            <LinkButton href={webPages.ideas} variant="secondary">
              {t('nav.ideas')}
            </LinkButton>
          </div>
        </>
      }
    >
      <SearchLayout
        filters={filters}
        search={search}
        aside={<SearchFilters filters={filters} facets={first?.facets} />}
        textHint={t('partners.textHint')}
        count={
          first &&
          (first.matches >= first.matchesCounted
            ? t('partners.manyMatches', { count: numbers.format(first.matchesCounted) })
            : t('partners.matches', { count: first.matches }))
        }
        emptyText={t(ownCountryLeftOut ? 'partners.emptyAbroad' : 'partners.empty')}
        emptyAction={
          ownCountryLeftOut && (
            <Button onPress={() => filters.set({ includeOwnCountry: 'true' })}>{t('partners.searchOwnCountryToo')}</Button>
          )
        }
      >
        {results.map((partner) => (
          <PartnerCard key={partner.id} partner={partner} />
        ))}
      </SearchLayout>
    </Page>
  );
}

/** A colleague's card: the facts that decide a contact, what the page adds, and the contact request. */
export function PartnerCard({ partner, children }: { partner: Partner; children?: ReactNode }) {
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
      {children}
      <ContactRequestForm partnerId={partner.id} partnerName={partner.name} />
    </li>
  );
}
