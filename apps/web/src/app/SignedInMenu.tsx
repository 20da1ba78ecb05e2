import { webPages, type Account } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useSignOut } from '../features/accounts/use-session.ts';
import { AccountFace } from './AccountMenu.tsx';
import styles from './Layout.module.css';

/** The pages of the menu, each shown only to whoever may use it. */
function pagesFor({ can }: Account): Array<[keyof typeof webPages, string]> {
  const pages: Array<[keyof typeof webPages, string, boolean]> = [
    ['account', 'nav.account', can.editProfile],
    ['myTwinspaces', 'nav.myTwinspaces', can.useTwinspaces],
    ['myProjects', 'nav.myProjects', can.useTeacherTools],
    ['partners', 'nav.partners', can.useTeacherTools],
    ['suggestedPartners', 'nav.suggestedPartners', can.useTeacherTools],
    ['myContacts', 'nav.myContacts', can.useTeacherTools],
    ['ideas', 'nav.ideas', can.useTeacherTools],
    ['myIdeas', 'nav.myIdeas', can.useTeacherTools],
    ['accountSecurity', 'nav.security', true],
    ['validationQueue', 'nav.validationQueue', can.validateTeachers],
    ['projectReviews', 'nav.projectReviews', can.reviewProjects],
    ['officers', 'nav.officers', can.manageOfficers],
    ['outbox', 'nav.outbox', can.manageOfficers],
  ];
  return pages.filter(([, , shown]) => shown).map(([page, label]) => [page, label]);
}

/** A signed-in person's name in the header, opening the menu of their pages and signing out. */
export function SignedInMenu({ account }: { account: Account }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <MenuTrigger>
      <AriaButton className={styles.accountButton}>
        <AccountFace name={account.name} />
        <span className="visually-hidden">{t('nav.accountMenu')}</span>
      </AriaButton>
      <Popover className={styles.menuPopover} placement="bottom end">
        <Menu
          className={styles.menu}
          onAction={(key) => {
            if (key === 'sign-out') signOut.mutate(undefined, { onSettled: () => void navigate(webPages.home) });
          }}
        >
          {pagesFor(account).map(([page, label]) => (
            <MenuItem key={page} className={styles.menuItem} href={webPages[page]}>
              {t(label)}
            </MenuItem>
          ))}
          <MenuItem className={styles.menuItem} id="sign-out">
            {t('nav.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
