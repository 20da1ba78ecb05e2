import { accountsOperations, webPages } from '@jumelage/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { ResendConfirmation } from './ResendConfirmation.tsx';

/** Where the e-mailed link leads: the address is confirmed as the page opens. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('confirmEmail.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const confirm = useMutation({ mutationFn: () => api.call(accountsOperations.confirmEmail, { body: { token } }) });
  const { mutate } = confirm;
  useEffect(() => mutate(), [mutate]);

  return (
    <Page title={t('confirmEmail.title')} width="narrow">
      {confirm.isPending && <p role="status">{t('confirmEmail.checking')}</p>}
      {confirm.isSuccess && (
        <>
          <Alert tone="info" title={t('confirmEmail.done')}>
            <p>{t('confirmEmail.next')}</p>
          </Alert>
          <p />
          <LinkButton href={webPages.signIn}>{t('confirmEmail.signIn')}</LinkButton>
        </>
      )}
      {confirm.isError && (
        <>
          <ErrorState error={confirm.error} />
          <p />
          <ResendConfirmation />
        </>
      )}
    </Page>
  );
}
