import { accountsOperations, webPages } from '@jumelage/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { invalidFieldsOf } from '../../api/field-errors.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { NewPasswordField } from './NewPasswordField.tsx';

/** Where the reset link leads: choose the new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const [searchParams] = useSearchParams();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.call(accountsOperations.completePasswordReset, { body: { token: searchParams.get('token') ?? '', password } }),
  });
  const invalid = invalidFieldsOf(reset.error);
  if (reset.isSuccess) {
    return (
      <Page title={t('resetPassword.title')} width="narrow">
        <Alert tone="info" title={t('resetPassword.done')}>
          <p>{t('resetPassword.doneText')}</p>
        </Alert>
        <p />
        <LinkButton href={webPages.signIn}>{t('signIn.submit')}</LinkButton>
      </Page>
    );
  }
  return (
    <Page title={t('resetPassword.title')} width="narrow">
      <Panel>
        <Form onSubmit={() => reset.mutate()} label={t('resetPassword.title')}>
          <NewPasswordField
            label={t('resetPassword.password')}
            value={password}
            onChange={setPassword}
            isInvalid={invalid.has('password')}
          />
          {reset.isError && !invalid.has('password') && <ErrorState error={reset.error} />}
          <FormActions>
            <Button type="submit" isDisabled={reset.isPending}>
              {t('resetPassword.submit')}
            </Button>
          </FormActions>
        </Form>
      </Panel>
    </Page>
  );
}
