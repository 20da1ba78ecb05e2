import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from './PartnersPage.module.css';
import type { CursorSearch, useUrlFilters } from './use-url-search.ts';
import { useSearchText } from './use-search-text.ts';

type Props = {
  filters: ReturnType<typeof useUrlFilters>;
  search: CursorSearch;
  /** The filters' column. */
  aside: ReactNode;
  textHint: string;
  /** What the results heading says once the first page is in. */
  count: string | undefined;
  emptyText: string;
  /** What the empty state offers before clearing the search. */
  emptyAction?: ReactNode;
  /** The result cards, as list items. */
  children: ReactNode;
};

/** A search page's body: filters beside a text field, the count, the results and the next page. */
export function SearchLayout({ filters, search, aside, textHint, count, emptyText, emptyAction, children }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useSearchText(filters);
  const loaded = search.data !== undefined;
  const empty = loaded && search.data.pages.every((page) => page.results.length === 0);
  return (
    <div className={styles.layout}>
      <aside aria-label={t('partners.filters')}>{aside}</aside>
      <section aria-labelledby="search-results" className={styles.results}>
        <TextField label={t('partners.text')} description={textHint} type="search" value={text} onChange={setText} maxLength={200} />
        <h2 id="search-results" className={styles.count} aria-live="polite">
          {count ?? (search.isError ? null : t('app.loading'))}
        </h2>
        {search.isError && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
        {empty && (
          <EmptyState>
            <p>{emptyText}</p>
            <div className={styles.emptyActions}>
              {emptyAction}
              <Button variant="secondary" onPress={filters.clear}>
                {t('partners.clear')}
              </Button>
            </div>
          </EmptyState>
        )}
        <ul className={styles.list} aria-busy={search.isFetching}>
          {children}
        </ul>
        {search.hasNextPage && (
          <Button variant="secondary" onPress={() => void search.fetchNextPage()} isDisabled={search.isFetchingNextPage}>
            {t('nssQueue.more')}
          </Button>
        )}
      </section>
    </div>
  );
}
