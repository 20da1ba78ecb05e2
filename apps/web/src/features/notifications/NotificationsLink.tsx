import { webPages, type NotificationsResponse } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { getJson } from '../../api/client.ts';
import { useSession } from '../accounts/use-session.ts';
import styles from '../../app/Layout.module.css';

/** The header's way to notifications, with how many are unread; checked again every minute. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const session = useSession();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: ({ signal }) => getJson<NotificationsResponse>('/api/notifications?limit=1', signal),
    enabled: Boolean(session.data),
    refetchInterval: 60_000,
  });
  if (!session.data) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link href={webPages.notifications} className={styles.navLink}>
      {t('notifications.link', { count })}
    </Link>
  );
}
