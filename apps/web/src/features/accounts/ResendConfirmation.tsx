import { accountsOperations } from '@jumelage/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';

/** Asks for a new confirmation link; the answer is the same whether or not the address is known. */
export function ResendConfirmation({ initialEmail = '' }: { initialEmail?: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const resend = useMutation({ mutationFn: () => api.call(accountsOperations.resendConfirmation, { body: { email: email.trim() } }) });
  if (resend.isSuccess) {
    return (
      <Alert tone="info" title={t('resendConfirmation.sent')}>
        <p>{t('resendConfirmation.sentText', { email })}</p>
      </Alert>
    );
  }
  return (
    <Form onSubmit={() => resend.mutate()} label={t('resendConfirmation.title')}>
      <TextField label={t('resendConfirmation.email')} type="email" value={email} onChange={setEmail} isRequired autoComplete="email" />
      {resend.isError && <ErrorState error={resend.error} />}
      <FormActions>
        <Button type="submit" variant="secondary" isDisabled={resend.isPending}>
          {t('resendConfirmation.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
