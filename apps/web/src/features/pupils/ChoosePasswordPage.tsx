import { webPages, type Account } from '@jumelage/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Page, Panel } from '../../design/Page.tsx';
import { ChangePasswordForm } from '../accounts/ChangePasswordForm.tsx';
import { useSetAccount } from '../accounts/use-session.ts';

/** A pupil's first sign-in: the password of the card is replaced by one only they know. */
export function ChoosePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('twinspace.choosePassword.title'));
  return (
    <RequireSession>
      {(session) => (
        <Page
          title={t('twinspace.choosePassword.title')}
          width="narrow"
          intro={<p>{t('twinspace.choosePassword.intro', { username: session.account.username ?? session.account.name })}</p>}
        >
          <Panel>
            <ChoosePasswordForm account={session.account} />
          </Panel>
        </Page>
      )}
    </RequireSession>
  );
}

function ChoosePasswordForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const setAccount = useSetAccount();
  const changed = async () => {
    setAccount({ ...account, passwordMustChange: false });
    // What was refused before the change (notifications, lists) is asked for again.
    await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    await navigate(webPages.myTwinspaces);
  };
  return (
    <ChangePasswordForm
      labels={{
        form: t('twinspace.choosePassword.title'),
        current: t('twinspace.choosePassword.current'),
        new: t('twinspace.choosePassword.new'),
        submit: t('twinspace.choosePassword.submit'),
      }}
      confirm={{ label: t('twinspace.choosePassword.confirm'), mismatch: t('twinspace.choosePassword.mismatch') }}
      wrongCurrent={t('twinspace.choosePassword.wrongCurrent')}
      onChanged={changed}
    />
  );
}
