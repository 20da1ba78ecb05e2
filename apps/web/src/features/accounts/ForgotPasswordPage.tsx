import { accountsOperations } from '@jumelage/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api.call(accountsOperations.requestPasswordReset, { body: { email: email.trim() } }) });
  return (
    <Page title={t('forgotPassword.title')} width="narrow" intro={<p>{t('forgotPassword.intro')}</p>}>
      {request.isSuccess ? (
        <Alert tone="info" title={t('forgotPassword.sent')}>
          <p>{t('forgotPassword.sentText', { email })}</p>
        </Alert>
      ) : (
        <Panel>
          <Form onSubmit={() => request.mutate()} label={t('forgotPassword.title')}>
            <TextField label={t('signIn.email')} type="email" value={email} onChange={setEmail} isRequired autoComplete="email" />
            {request.isError && <ErrorState error={request.error} />}
            <FormActions>
              <Button type="submit" isDisabled={request.isPending}>
                {t('forgotPassword.submit')}
              </Button>
            </FormActions>
          </Form>
        </Panel>
      )}
    </Page>
  );
}
