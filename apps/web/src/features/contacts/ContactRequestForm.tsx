import { contactsOperations } from '@jumelage/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../design/Alert.tsx';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { Reveal } from '../../design/Reveal.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';

/** On a partner's card: write a few words and ask to be in contact. */
export function ContactRequestForm({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () => api.call(contactsOperations.request, { body: { toUserId: partnerId, message: message.trim() } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-contacts'] }),
  });
  if (send.isSuccess) return <Alert tone="info" title={t('myContacts.sent', { name: partnerName })} />;
  return (
    <Reveal label={t('myContacts.ask')}>
      {(close) => (
        <Form onSubmit={() => send.mutate()} label={t('myContacts.ask')}>
          <TextField
            label={t('myContacts.message', { name: partnerName })}
            description={t('myContacts.messageHint')}
            multiline
            value={message}
            onChange={setMessage}
            maxLength={500}
            isRequired
            autoFocus
          />
          {send.isError && <ErrorState error={send.error} />}
          <SubmitOrCancel
            submitLabel={t('myContacts.send')}
            cancelLabel={t('nssQueue.cancel')}
            isDisabled={send.isPending || message.trim().length === 0}
            onCancel={close}
          />
        </Form>
      )}
    </Reveal>
  );
}
