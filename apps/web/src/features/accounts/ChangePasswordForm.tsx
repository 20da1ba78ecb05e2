import { accountsOperations } from '@jumelage/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { invalidFieldsOf } from '../../api/field-errors.ts';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { NewPasswordField } from './NewPasswordField.tsx';

type ChangePasswordFormProps = {
  labels: { form: string; current: string; new: string; submit: string };
  /** Asks for the new password twice, with the label and the message shown when they differ. */
  confirm?: { label: string; mismatch: string };
  /** Shown at the current password when it is wrong; otherwise the error is shown below the fields. */
  wrongCurrent?: string;
  onChanged: () => void | Promise<void>;
};

/** The current password, then a new one: the person's other sessions end, this one stays. */
export function ChangePasswordForm({ labels, confirm, wrongCurrent, onChanged }: ChangePasswordFormProps) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const change = useMutation({
    mutationFn: () => api.call(accountsOperations.changePassword, { body: { currentPassword, newPassword } }),
    onSuccess: async () => {
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      setSubmitted(false);
      await onChanged();
    },
  });
  const invalid = invalidFieldsOf(change.error);
  const currentIsWrong = wrongCurrent !== undefined && change.error instanceof ApiError && change.error.code === 'invalid_credentials';
  const mismatch = confirm !== undefined && submitted && confirmation !== newPassword;
  const submit = () => {
    setSubmitted(true);
    if (!confirm || confirmation === newPassword) change.mutate();
  };
  return (
    <Form onSubmit={submit} label={labels.form}>
      <TextField
        label={labels.current}
        type="password"
        value={currentPassword}
        onChange={setCurrentPassword}
        isRequired
        autoComplete="current-password"
        errorMessage={currentIsWrong ? wrongCurrent : undefined}
      />
      <NewPasswordField label={labels.new} value={newPassword} onChange={setNewPassword} isInvalid={invalid.has('newPassword')} />
      {confirm && (
        <TextField
          label={confirm.label}
          type="password"
          value={confirmation}
          onChange={setConfirmation}
          isRequired
          autoComplete="new-password"
          errorMessage={mismatch ? confirm.mismatch : undefined}
        />
      )}
      {change.isError && !currentIsWrong && !invalid.has('newPassword') && <ErrorState error={change.error} />}
      <FormActions>
        <Button type="submit" isDisabled={change.isPending}>
          {labels.submit}
        </Button>
      </FormActions>
    </Form>
  );
}
