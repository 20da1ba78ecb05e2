import { ideaFilterNames, ideasOperations, webPages } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page } from '../../design/Page.tsx';
import styles from '../partners/PartnersPage.module.css';
import { SearchFilters } from '../partners/SearchFilters.tsx';
import { useCursorSearch, useUrlFilters } from '../partners/use-url-search.ts';
import { SearchLayout } from '../partners/SearchLayout.tsx';
import { IdeaCard } from './IdeaSummary.tsx';

/** The partner-finding forum: colleagues' project ideas, searched with the partner filters. */
export function IdeasPage() {
  return (
    <TeacherToolsPage titleKey="ideas.title">
      <Search />
    </TeacherToolsPage>
  );
}

function Search() {
  const { t } = useTranslation();
  const filters = useUrlFilters(ideaFilterNames);
  const search = useCursorSearch(ideasOperations.search, filters.apiQuery);
  const pages = search.data?.pages;
  const results = (pages ?? []).flatMap((page) => page.results);
  return (
    <Page
      title={t('ideas.title')}
      width="wide"
      intro={
        <>
          <p>{t('ideas.intro')}</p>
          <div className={styles.actions}>
            <LinkButton href={webPages.newIdea}>{t('ideas.post')}</LinkButton>
            <LinkButton href={webPages.myIdeas} variant="secondary">
              {t('nav.myIdeas')}
            </LinkButton>
          </div>
        </>
      }
    >
      <SearchLayout
        filters={filters}
        search={search}
        aside={<SearchFilters filters={filters} />}
        textHint={t('ideas.textHint')}
        count={pages && t('ideas.found', { count: results.length, more: search.hasNextPage ? 'yes' : 'no' })}
        emptyText={t('ideas.empty')}
      >
        {results.map((idea) => (
          <IdeaCard key={idea.id} idea={idea} />
        ))}
      </SearchLayout>
    </Page>
  );
}
