import { notificationsOperations, webPages } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useSession } from '../accounts/use-session.ts';
import styles from '../../app/Layout.module.css';

/** The header's bell: how many notifications are unread (checked every minute), and the way to them. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const session = useSession();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: ({ signal }) => api.call(notificationsOperations.listMine, { query: { limit: 1 }, signal }),
    enabled: Boolean(session.data),
    refetchInterval: 60_000,
  });
  if (!session.data) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link href={webPages.notifications} className={styles.bell}>
      <svg
        aria-hidden="true"
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span className={styles.bellCount} aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
      <span className="visually-hidden">{t('notifications.link', { count })}</span>
    </Link>
  );
}
