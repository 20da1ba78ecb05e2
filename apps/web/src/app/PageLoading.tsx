import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Layout.module.css';

/** Shown while a page's code loads; only after a moment, so that a fast load does not flash it. */
const quietMs = 400;

export function PageLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), quietMs);
    return () => clearTimeout(timer);
  }, []);
  return shown ? (
    <p role="status" className={styles.pageLoading}>
      {t('app.loading')}
    </p>
  ) : null;
}
