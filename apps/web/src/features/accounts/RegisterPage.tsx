import { accountsOperations, isLanguage, staffRoles, webPages, type RegisterRequest, type StaffRole } from '@jumelage/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { api } from '../../api/client.ts';
import { fieldMessages, invalidFieldsOf } from '../../api/field-errors.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryOptions } from '../countries/use-country-options.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { NewPasswordField } from './NewPasswordField.tsx';
import { SchoolPicker, type SchoolChoice } from './SchoolPicker.tsx';

/** A teacher creates an account: who they are, where they work; then confirms by e-mail. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('register.title'));
  const countryOptions = useCountryOptions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [staffRole, setStaffRole] = useState<StaffRole>('teacher');
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [school, setSchool] = useState<SchoolChoice>(null);
  const register = useMutation({ mutationFn: (request: RegisterRequest) => api.call(accountsOperations.register, { body: request }) });
  const invalid = invalidFieldsOf(register.error);
  const missing = new Set<string>();
  const [showMissing, setShowMissing] = useState(false);
  if (!countryCode) missing.add('countryCode');
  if (!school) missing.add('school');
  const message = fieldMessages(register.error, t);
  const error = (field: string) =>
    message(field, `register.invalid.${field}`) ?? (showMissing && missing.has(field) ? t(`register.invalid.${field}`) : undefined);

  if (register.isSuccess) {
    return (
      <Page title={t('register.sent.title')} width="narrow">
        <Alert tone="info" title={t('register.sent.heading')}>
          <p>{t('register.sent.text', { email })}</p>
        </Alert>
      </Page>
    );
  }

  const submit = () => {
    if (!countryCode || !school) return setShowMissing(true);
    const language = isLanguage(i18n.language) ? i18n.language : 'en';
    register.mutate({ email: email.trim(), password, name: name.trim(), staffRole, countryCode, school, language });
  };

  return (
    <Page
      title={t('register.title')}
      intro={
        <p>
          <Trans i18nKey="register.intro" components={{ signIn: <Link href={webPages.signIn} /> }} />
        </p>
      }
    >
      <Form onSubmit={submit} label={t('register.title')}>
        <Panel title={t('register.you')}>
          <TextField
            label={t('register.name')}
            value={name}
            onChange={setName}
            isRequired
            autoComplete="name"
            errorMessage={error('name')}
          />
          <TextField
            label={t('register.email')}
            type="email"
            value={email}
            onChange={setEmail}
            isRequired
            autoComplete="email"
            errorMessage={error('email')}
          />
          <NewPasswordField label={t('register.password')} value={password} onChange={setPassword} isInvalid={invalid.has('password')} />
          <Select
            label={t('register.staffRole')}
            options={staffRoles.map((role) => ({ id: role, label: t(`staffRoles.${role}`) }))}
            value={staffRole}
            onChange={(role) => setStaffRole(role as StaffRole)}
            isRequired
          />
        </Panel>
        <Panel title={t('register.school.title')}>
          <Select
            label={t('register.country')}
            options={countryOptions}
            value={countryCode}
            onChange={(code) => {
              setCountryCode(code);
              setSchool(null);
            }}
            placeholder={t('register.choose')}
            isRequired
            errorMessage={error('countryCode')}
          />
          <SchoolPicker
            countryCode={countryCode}
            value={school}
            onChange={setSchool}
            invalidFields={showMissing && !school ? new Set([...invalid, 'school']) : invalid}
          />
        </Panel>
        {register.isError && <ErrorState error={register.error} />}
        <FormActions>
          <Button type="submit" isDisabled={register.isPending}>
            {register.isPending ? t('register.submitting') : t('register.submit')}
          </Button>
        </FormActions>
      </Form>
    </Page>
  );
}
