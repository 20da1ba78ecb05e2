import type { CreateOfficerRequest, Officer } from '@jumelage/contracts';
import { adminOperations, isLanguage, languages } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { fieldMessages, invalidFieldsOf } from '../../api/field-errors.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Form, FormActions } from '../../design/Form.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { Table } from '../../design/Table.tsx';
import { TextField } from '../../design/TextField.tsx';
import { nativeLanguageName } from '../../i18n/i18n.ts';
import { useCountryName } from '../countries/use-countries.ts';
import { useCountryOptions } from '../countries/use-country-options.ts';
import { ErrorState } from '../errors/ErrorState.tsx';

/** The central support service opens and closes the accounts of national officers. */
export function OfficersPage() {
  const { t } = useTranslation();
  usePageTitle(t('officers.title'));
  return (
    <RequireSession may="manageOfficers" who={t('forbidden.administrators')}>
      {() => (
        <Page title={t('officers.title')} width="wide" intro={<p>{t('officers.intro')}</p>}>
          <NewOfficer />
          <OfficerList />
        </Page>
      )}
    </RequireSession>
  );
}

function NewOfficer() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const countryOptions = useCountryOptions();
  const empty: CreateOfficerRequest = { name: '', email: '', countryCode: '', language: 'en' };
  const [form, setForm] = useState(empty);
  const [created, setCreated] = useState<Officer | null>(null);
  const create = useMutation({
    mutationFn: () => api.call(adminOperations.createOfficer, { body: { ...form, name: form.name.trim(), email: form.email.trim() } }),
    onSuccess: async (officer) => {
      setCreated(officer);
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: ['officers'] });
    },
  });
  const invalid = invalidFieldsOf(create.error);
  const error = fieldMessages(create.error, t);
  return (
    <Panel title={t('officers.new')}>
      <Form onSubmit={() => create.mutate()} label={t('officers.new')}>
        <div className={fieldStyles.row}>
          <TextField
            label={t('register.name')}
            value={form.name}
            onChange={(name) => setForm({ ...form, name })}
            isRequired
            errorMessage={error('name', 'register.invalid.name')}
          />
          <TextField
            label={t('register.email')}
            type="email"
            value={form.email}
            onChange={(email) => setForm({ ...form, email })}
            isRequired
            errorMessage={error('email', 'register.invalid.email')}
          />
        </div>
        <div className={fieldStyles.row}>
          <Select
            label={t('register.country')}
            options={countryOptions}
            value={form.countryCode || null}
            onChange={(countryCode) => setForm({ ...form, countryCode })}
            placeholder={t('register.choose')}
            isRequired
            errorMessage={error('countryCode', 'register.invalid.countryCode')}
          />
          <Select
            label={t('officers.language')}
            options={languages.map((language) => ({ id: language, label: nativeLanguageName(language), lang: language }))}
            value={form.language}
            onChange={(language) => isLanguage(language) && setForm({ ...form, language })}
          />
        </div>
        {create.isError && invalid.size === 0 && <ErrorState error={create.error} />}
        {created && <Alert tone="info" title={t('officers.created', { name: created.name, email: created.email })} />}
        <FormActions>
          <Button type="submit" isDisabled={create.isPending}>
            {t('officers.create')}
          </Button>
        </FormActions>
      </Form>
    </Panel>
  );
}

function OfficerList() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const officers = useQuery({ queryKey: ['officers'], queryFn: ({ signal }) => api.call(adminOperations.listOfficers, { signal }) });
  const remove = useMutation({
    mutationFn: (id: string) => api.call(adminOperations.removeOfficer, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['officers'] }),
  });
  if (officers.isPending) return <p role="status">{t('app.loading')}</p>;
  if (officers.isError) return <ErrorState error={officers.error} onRetry={() => void officers.refetch()} />;
  if (officers.data.officers.length === 0) return <EmptyState>{t('officers.none')}</EmptyState>;
  return (
    <Panel title={t('officers.list', { count: officers.data.officers.length })}>
      {remove.isError && <ErrorState error={remove.error} />}
      <Table
        label={t('officers.list', { count: officers.data.officers.length })}
        columns={[
          { name: t('register.country') },
          { name: t('register.name'), isRowHeader: true },
          { name: t('register.email') },
          { name: t('officers.actions'), hideName: true },
        ]}
        rows={officers.data.officers.map((officer) => ({
          id: officer.id,
          cells: [
            countryName(officer.countryCode),
            officer.name,
            officer.email,
            <Button variant="quiet" onPress={() => remove.mutate(officer.id)} isDisabled={remove.isPending}>
              {t('officers.remove', { name: officer.name })}
            </Button>,
          ],
        }))}
      />
    </Panel>
  );
}
