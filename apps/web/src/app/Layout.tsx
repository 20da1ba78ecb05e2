import { platformOperations, webPages } from '@jumelage/contracts';
import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Outlet } from 'react-router';
import { api } from '../api/client.ts';
import { NotificationsLink } from '../features/notifications/NotificationsLink.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { PageRefusals } from './PageRefusals.tsx';
import { PageLoading } from './PageLoading.tsx';
import { useScrollOnNavigation } from './use-scroll-on-navigation.ts';
import styles from './Layout.module.css';

/** The frame of every page: skip link, header with navigation and language, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const header = useRef<HTMLElement>(null);
  useScrollOnNavigation(main, header);
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToContent')}
      </a>
      <header ref={header} className={styles.header}>
        <div className={styles.headerInner}>
          <Link href={webPages.home} className={styles.brand}>
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <span>{t('app.name')}</span>
          </Link>
          <nav aria-label={t('app.mainNavigation')} className={styles.nav}>
            <Link href={`${webPages.home}#how-it-works`} className={styles.navLink}>
              {t('nav.howItWorks')}
            </Link>
            <Link href={`${webPages.home}#countries`} className={styles.navLink}>
              {t('nav.countries')}
            </Link>
            <Link href={webPages.gallery} className={styles.navLink}>
              {t('nav.gallery')}
            </Link>
            <Link href={webPages.contacts} className={styles.navLink}>
              {t('nav.contacts')}
            </Link>
          </nav>
          <div className={styles.tools}>
            <NotificationsLink />
            <LanguageSwitcher />
            <AccountMenu />
          </div>
        </div>
      </header>
      <main ref={main} id="main" tabIndex={-1} className={styles.main}>
        <Suspense fallback={<PageLoading />}>
          <PageRefusals>
            <Outlet />
          </PageRefusals>
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <div className={styles.footerInner}>
          <p>{t('footer.about')}</p>
          <p className={styles.footerLinks}>
            <a href={api.url(platformOperations.apiReference)}>{t('footer.apiReference')}</a>
            <span>{t('footer.licence')}</span>
          </p>
        </div>
      </footer>
    </div>
  );
}
