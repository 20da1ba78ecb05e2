import { webPages } from '@jumelage/contracts';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { invalidFieldsOf } from '../../api/field-errors.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { usePupilSignIn } from '../accounts/use-session.ts';
import { ErrorState } from '../errors/ErrorState.tsx';

/** A pupil signs in with their card; the first time, they choose their own password. */
export function PupilSignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('twinspace.pupilSignIn.title'));
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = usePupilSignIn();
  const invalidUsername = invalidFieldsOf(signIn.error).has('username');
  const wrong = signIn.error instanceof ApiError && signIn.error.code === 'invalid_credentials';

  const submit = () =>
    signIn.mutate(
      { username: username.trim(), password },
      { onSuccess: (session) => void navigate(session.account.passwordMustChange ? webPages.choosePassword : webPages.myTwinspaces) },
    );

  return (
    <Page
      title={t('twinspace.pupilSignIn.title')}
      width="narrow"
      intro={
        <>
          <p>{t('twinspace.pupilSignIn.intro')}</p>
          <p>
            <Trans i18nKey="twinspace.pupilSignIn.teacher" components={{ signIn: <Link href={webPages.signIn} /> }} />
          </p>
        </>
      }
    >
      <Panel>
        <Form onSubmit={submit} label={t('twinspace.pupilSignIn.title')}>
          <TextField
            label={t('twinspace.pupilSignIn.username')}
            description={t('twinspace.pupilSignIn.usernameHint')}
            value={username}
            onChange={setUsername}
            isRequired
            autoComplete="username"
            spellCheck="false"
            errorMessage={invalidUsername ? t('twinspace.pupilSignIn.invalidUsername') : undefined}
          />
          <TextField
            label={t('twinspace.pupilSignIn.password')}
            type="password"
            value={password}
            onChange={setPassword}
            isRequired
            autoComplete="current-password"
          />
          {wrong && <Alert tone="error" title={t('twinspace.pupilSignIn.wrong')} />}
          {signIn.isError && !wrong && !invalidUsername && <ErrorState error={signIn.error} />}
          <FormActions>
            <Button type="submit" isDisabled={signIn.isPending}>
              {t('twinspace.pupilSignIn.submit')}
            </Button>
          </FormActions>
        </Form>
      </Panel>
    </Page>
  );
}
