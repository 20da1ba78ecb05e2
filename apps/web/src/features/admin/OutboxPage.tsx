import { adminOperations } from '@jumelage/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from './AdminPages.module.css';

/** What the platform wrote by e-mail: the only place to read it when no SMTP server is set. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.title'));
  return (
    <RequireSession may="manageOfficers" who={t('forbidden.administrators')}>
      {() => (
        <Page title={t('outbox.title')} width="wide" intro={<p>{t('outbox.intro')}</p>}>
          <Mails />
        </Page>
      )}
    </RequireSession>
  );
}

function Mails() {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const mails = useInfiniteQuery({
    queryKey: ['outbox'],
    queryFn: ({ pageParam, signal }) => api.call(adminOperations.outbox, { query: { before: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (mails.isPending) return <p role="status">{t('app.loading')}</p>;
  if (mails.isError) return <ErrorState error={mails.error} onRetry={() => void mails.refetch()} />;
  const all = mails.data.pages.flatMap((page) => page.mails);
  if (all.length === 0) return <EmptyState>{t('outbox.none')}</EmptyState>;
  return (
    <>
      <ul className={styles.mails}>
        {all.map((mail) => (
          <li key={mail.id}>
            <details className={styles.mail}>
              <summary>
                <strong>{mail.subject}</strong>
                <span className={styles.mailMeta}>
                  {t('outbox.to', { to: mail.to })} · {format.format(new Date(mail.createdAt))} ·{' '}
                  {mail.sentAt ? t('outbox.sent') : mail.lastError ? t('outbox.failed', { count: mail.attempts }) : t('outbox.kept')}
                </span>
              </summary>
              <pre className={styles.mailText}>{mail.text}</pre>
            </details>
          </li>
        ))}
      </ul>
      {mails.hasNextPage && (
        <Button variant="secondary" onPress={() => void mails.fetchNextPage()} isDisabled={mails.isFetchingNextPage}>
          {t('nssQueue.more')}
        </Button>
      )}
    </>
  );
}
