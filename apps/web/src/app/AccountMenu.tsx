import { webPages } from '@jumelage/contracts';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../design/Button.tsx';
import { useSession } from '../features/accounts/use-session.ts';
import { lazyComponent } from './lazy-component.tsx';
import styles from './Layout.module.css';

const SignedInMenu = lazyComponent(() => import('./SignedInMenu.tsx'), 'SignedInMenu');

/** The initial and the name that stand for a signed-in person in the header. */
export function AccountFace({ name }: { name: string }) {
  return (
    <>
      <span className={styles.avatar} aria-hidden="true">
        {name.slice(0, 1).toUpperCase()}
      </span>
      <span className={styles.accountName}>{name}</span>
    </>
  );
}

/**
 * Sign-in and registration for visitors; the person's name and their menu once signed in. The
 * menu's code loads when it is first shown; until then the name shows where the menu will be.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return null;
  if (!session.data) {
    return (
      <div className={styles.accountLinks}>
        <LinkButton href={webPages.signIn} variant="quiet">
          {t('nav.signIn')}
        </LinkButton>
        <LinkButton href={webPages.register}>{t('nav.register')}</LinkButton>
      </div>
    );
  }
  const { account } = session.data;
  return (
    <Suspense
      fallback={
        <span className={styles.accountButton} aria-hidden="true">
          <AccountFace name={account.name} />
        </span>
      }
    >
      <SignedInMenu account={account} />
    </Suspense>
  );
}
