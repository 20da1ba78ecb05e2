import { webPages } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title.ts';
import { LinkButton } from '../../design/Button.tsx';
import styles from './NotFoundPage.module.css';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <section className={styles.page} aria-labelledby="not-found-title">
      <p className={styles.code} aria-hidden="true">404</p>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p className={styles.text}>{t('notFound.text')}</p>
      <LinkButton href={webPages.home}>{t('notFound.action')}</LinkButton>
    </section>
  );
}
