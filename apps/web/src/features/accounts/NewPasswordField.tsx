import { useTranslation } from 'react-i18next';
import { TextField } from '../../design/TextField.tsx';

/** Where a person chooses a password: the same hint and the same error on every page. */
export function NewPasswordField({
  label,
  value,
  onChange,
  isInvalid,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  isInvalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      type="password"
      description={t('register.passwordHint')}
      value={value}
      onChange={onChange}
      isRequired
      autoComplete="new-password"
      errorMessage={isInvalid ? t('register.invalid.password') : undefined}
    />
  );
}
