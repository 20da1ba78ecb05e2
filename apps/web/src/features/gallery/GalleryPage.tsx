import { countryCodes, galleryFilterNames, galleryOperations, projectThemes, subjects, type PublicProject } from '@jumelage/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Page } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { pupilAges } from '../accounts/profile-format.ts';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from '../partners/PartnersPage.module.css';
import { useCursorSearch, useUrlFilters } from '../partners/use-url-search.ts';
import { useSearchText } from '../partners/use-search-text.ts';
import { ProjectFacts } from '../projects/ProjectFacts.tsx';
import { galleryProjectPath } from './gallery-links.ts';

/** The public gallery: anyone searches the projects their founders made public; the URL holds the search. */
export function GalleryPage() {
  const { t } = useTranslation();
  usePageTitle(t('gallery.title'));
  const filters = useUrlFilters(galleryFilterNames);
  const search = useCursorSearch(galleryOperations.search, filters.apiQuery);
  const results = search.data?.pages.flatMap((page) => page.results) ?? [];
  return (
    <Page title={t('gallery.title')} intro={<p>{t('gallery.intro')}</p>} width="wide">
      <GalleryFilters filters={filters} />
      {search.isError && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
      {search.isSuccess && results.length === 0 && (
        <EmptyState>
          <p>{t('gallery.empty')}</p>
        </EmptyState>
      )}
      <ul className={styles.list} aria-busy={search.isFetching}>
        {results.map((project) => (
          <GalleryCard key={project.id} project={project} />
        ))}
      </ul>
      {search.hasNextPage && (
        <Button variant="secondary" isDisabled={search.isFetching} onPress={() => void search.fetchNextPage()}>
          {t('gallery.next')}
        </Button>
      )}
    </Page>
  );
}

function GalleryFilters({ filters }: { filters: ReturnType<typeof useUrlFilters> }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const [text, setText] = useSearchText(filters);
  const any = { id: '', label: t('gallery.any') };
  const sorted = (options: { id: string; label: string }[]) => [
    any,
    ...options.toSorted((a, b) => a.label.localeCompare(b.label, i18n.language)),
  ];
  const choice = (name: 'theme' | 'subject' | 'country' | 'ageMin' | 'ageMax', label: string, options: { id: string; label: string }[]) => (
    <Select label={label} options={options} value={filters.get(name)} onChange={(value) => filters.set({ [name]: value })} />
  );
  const ages = [any, ...pupilAges.map((age) => ({ id: age, label: age }))];
  return (
    <search className={`${fieldStyles.row} ${styles.filtersBar}`}>
      <TextField label={t('gallery.text')} type="search" value={text} onChange={setText} maxLength={200} />
      {choice('theme', t('gallery.theme'), sorted(projectThemes.map((theme) => ({ id: theme, label: t(`themes.${theme}`) }))))}
      {choice('subject', t('gallery.subject'), sorted(subjects.map((subject) => ({ id: subject, label: t(`subjects.${subject}`) }))))}
      {choice('country', t('gallery.country'), sorted(countryCodes.map((code) => ({ id: code, label: countryName(code) }))))}
      {choice('ageMin', t('gallery.ageMin'), ages)}
      {choice('ageMax', t('gallery.ageMax'), ages)}
      <TextField label={t('gallery.year')} type="number" value={filters.get('year')} onChange={(year) => filters.set({ year })} />
    </search>
  );
}

function GalleryCard({ project }: { project: PublicProject }) {
  const { t } = useTranslation();
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <h2 className={styles.name}>
          <Link href={galleryProjectPath(project.id)}>{project.title}</Link>
        </h2>
        {project.status === 'closed' && <span className={styles.badge}>{t('gallery.closed')}</span>}
      </div>
      <p className={styles.message}>{project.summary}</p>
      <ProjectFacts project={project} />
    </li>
  );
}
