import { webPages } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { LinkButton } from '../design/Button.tsx';
import { useSession, useSignOut } from '../features/accounts/use-session.ts';
import styles from './Layout.module.css';

/** Sign-in and registration for visitors; the person's name and their menu once signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
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
    <MenuTrigger>
      <AriaButton className={styles.accountButton}>
        <span className={styles.avatar} aria-hidden="true">
          {account.name.slice(0, 1).toUpperCase()}
        </span>
        <span className={styles.accountName}>{account.name}</span>
        <span className="visually-hidden">{t('nav.accountMenu')}</span>
      </AriaButton>
      <Popover className={styles.menuPopover} placement="bottom end">
        <Menu
          className={styles.menu}
          onAction={(key) => {
            if (key === 'sign-out') signOut.mutate(undefined, { onSettled: () => void navigate(webPages.home) });
          }}
        >
          <MenuItem className={styles.menuItem} href={webPages.account}>
            {t('nav.account')}
          </MenuItem>
          {account.can.useTeacherTools && (
            <MenuItem className={styles.menuItem} href={webPages.partners}>
              {t('nav.partners')}
            </MenuItem>
          )}
          {account.can.useTeacherTools && (
            <MenuItem className={styles.menuItem} href={webPages.myContacts}>
              {t('nav.myContacts')}
            </MenuItem>
          )}
          <MenuItem className={styles.menuItem} href={webPages.accountSecurity}>
            {t('nav.security')}
          </MenuItem>
          {account.can.validateTeachers && (
            <MenuItem className={styles.menuItem} href={webPages.validationQueue}>
              {t('nav.validationQueue')}
            </MenuItem>
          )}
          {account.can.manageOfficers && (
            <MenuItem className={styles.menuItem} href={webPages.officers}>
              {t('nav.officers')}
            </MenuItem>
          )}
          {account.can.manageOfficers && (
            <MenuItem className={styles.menuItem} href={webPages.outbox}>
              {t('nav.outbox')}
            </MenuItem>
          )}
          <MenuItem className={styles.menuItem} id="sign-out">
            {t('nav.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
