import { notificationsOperations, type Notification } from '@jumelage/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import partnerStyles from '../partners/PartnersPage.module.css';
import styles from '../projects/Projects.module.css';

/** What happened that concerns me, newest first; opening the page marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.notifications'));
  return <RequireSession>{() => <Notifications />}</RequireSession>;
}

function Notifications() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ['notifications', 'page'],
    queryFn: ({ pageParam, signal }) => api.call(notificationsOperations.listMine, { query: { before: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const newest = list.data?.pages[0]?.notifications[0];
  const markRead = useMutation({
    mutationFn: (upTo: string) => api.call(notificationsOperations.markRead, { body: { upTo } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications', 'unread'] }),
  });
  const { mutate } = markRead;
  useEffect(() => {
    if (newest && !newest.read) mutate(newest.id);
  }, [newest, mutate]);
  const items = list.data?.pages.flatMap((page) => page.notifications) ?? [];
  return (
    <Page title={t('nav.notifications')}>
      {list.isPending && <p>{t('app.loading')}</p>}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && (
        <EmptyState>
          <p>{t('notifications.empty')}</p>
        </EmptyState>
      )}
      <ul className={partnerStyles.list}>
        {items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} />
        ))}
      </ul>
      {list.hasNextPage && (
        <Button variant="secondary" isDisabled={list.isFetchingNextPage} onPress={() => void list.fetchNextPage()}>
          {t('projects.more')}
        </Button>
      )}
    </Page>
  );
}

function NotificationItem({ notification }: { notification: Notification }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const text = t(`notifications.${notification.kind}`, {
    actor: notification.actorName ?? '—',
    title: notification.projectTitle ?? '—',
    country: notification.countryCode ? countryName(notification.countryCode) : '',
    outcome: notification.outcome ?? '',
    pupil: notification.pupilName ?? '—',
  });
  return (
    <li className={`${partnerStyles.card} ${notification.read ? '' : styles.unread}`}>
      <p className={partnerStyles.meta}>
        <time dateTime={notification.createdAt}>
          {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(notification.createdAt))}
        </time>
        {!notification.read && ` · ${t('notifications.new')}`}
      </p>
      <p>{notification.path ? <Link href={notification.path}>{text}</Link> : text}</p>
      {notification.reason && <p className={partnerStyles.message}>{notification.reason}</p>}
    </li>
  );
}
