import { webPages, type Account } from '@jumelage/contracts';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { ResendConfirmation } from './ResendConfirmation.tsx';
import { useSignIn } from './use-session.ts';

/** Where each role starts its work after signing in. */
function landingPageOf(can: Account['can']): string {
  if (can.manageOfficers) return webPages.officers;
  if (can.validateTeachers) return webPages.validationQueue;
  return webPages.account;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const unconfirmed = signIn.error instanceof ApiError && signIn.error.code === 'email_not_confirmed';

  const submit = () =>
    signIn.mutate({ email: email.trim(), password }, { onSuccess: (session) => void navigate(landingPageOf(session.account.can)) });

  return (
    <Page
      title={t('signIn.title')}
      width="narrow"
      intro={
        <>
          <p>
            <Trans i18nKey="signIn.intro" components={{ register: <Link href={webPages.register} /> }} />
          </p>
          <p>
            <Trans i18nKey="signIn.pupil" components={{ pupil: <Link href={webPages.pupilSignIn} /> }} />
          </p>
        </>
      }
    >
      <Panel>
        <Form onSubmit={submit} label={t('signIn.title')}>
          <TextField label={t('signIn.email')} type="email" value={email} onChange={setEmail} isRequired autoComplete="email" />
          <TextField
            label={t('signIn.password')}
            type="password"
            value={password}
            onChange={setPassword}
            isRequired
            autoComplete="current-password"
          />
          {signIn.isError && <ErrorState error={signIn.error} />}
          <FormActions>
            <Button type="submit" isDisabled={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
            <Link href={webPages.forgotPassword}>{t('signIn.forgot')}</Link>
          </FormActions>
        </Form>
      </Panel>
      {unconfirmed && (
        <Panel title={t('resendConfirmation.title')}>
          <ResendConfirmation initialEmail={email} />
        </Panel>
      )}
    </Page>
  );
}
