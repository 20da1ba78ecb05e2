import type { Correspondent, CorrespondentRequest } from '@jumelage/contracts';
import { correspondentsOperations, webPages } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { fieldMessages, invalidFieldsOf } from '../../api/field-errors.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page } from '../../design/Page.tsx';
import { Reveal } from '../../design/Reveal.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { useCountryOptions } from '../countries/use-country-options.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from './CorrespondentsPage.module.css';

/** Public: whom to contact in each country and region. The country's NSS keeps it up to date. */
export function CorrespondentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('contacts.title'));
  const { country } = useParams();
  const navigate = useNavigate();
  const countryOptions = useCountryOptions();
  return (
    <Page title={t('contacts.title')} intro={<p>{t('contacts.intro')}</p>}>
      <div className={styles.countryChoice}>
        <Select
          label={t('register.country')}
          options={countryOptions}
          value={country ?? null}
          onChange={(code) => void navigate(webPages.countryContacts.replace(':country', code))}
          placeholder={t('register.choose')}
        />
      </div>
      {country && <CountryContacts key={country} countryCode={country} />}
    </Page>
  );
}

function CountryContacts({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const contacts = useQuery({
    queryKey: ['contacts', countryCode],
    queryFn: ({ signal }) => api.call(correspondentsOperations.ofCountry, { params: { code: countryCode }, signal }),
  });
  if (contacts.isPending) return <p role="status">{t('app.loading')}</p>;
  if (contacts.isError) return <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />;
  const { regions, can } = contacts.data;
  if (regions.length === 0) return <EmptyState>{t('contacts.noRegions', { country: countryName(countryCode) })}</EmptyState>;
  return (
    <>
      <h2>{t('contacts.regions', { country: countryName(countryCode) })}</h2>
      <ul className={styles.regions}>
        {regions.map((region) => (
          <li key={region.id} id={region.id} className={styles.region}>
            <h3>{region.name}</h3>
            {region.correspondents.length === 0 && <p className={fieldStyles.description}>{t('contacts.nobody')}</p>}
            <ul className={styles.people}>
              {region.correspondents.map((person) => (
                <CorrespondentItem key={person.id} person={person} countryCode={countryCode} canEdit={can.edit} />
              ))}
            </ul>
            {can.edit && <AddCorrespondent regionId={region.id} countryCode={countryCode} />}
          </li>
        ))}
      </ul>
    </>
  );
}

function CorrespondentItem({ person, countryCode, canEdit }: { person: Correspondent; countryCode: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.call(correspondentsOperations.remove, { params: { id: person.id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', countryCode] }),
  });
  return (
    <li className={styles.person}>
      <span>
        {person.name} · <a href={`mailto:${person.email}`}>{person.email}</a>
      </span>
      {canEdit && (
        <Button variant="quiet" onPress={() => remove.mutate()} isDisabled={remove.isPending}>
          {t('contacts.remove', { name: person.name })}
        </Button>
      )}
      {remove.isError && <ErrorState error={remove.error} />}
    </li>
  );
}

function AddCorrespondent({ regionId, countryCode }: { regionId: string; countryCode: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<CorrespondentRequest>({ name: '', email: '' });
  const add = useMutation({
    mutationFn: () =>
      api.call(correspondentsOperations.add, { params: { regionId }, body: { name: form.name.trim(), email: form.email.trim() } }),
    onSuccess: async () => {
      setForm({ name: '', email: '' });
      await queryClient.invalidateQueries({ queryKey: ['contacts', countryCode] });
    },
  });
  const invalid = invalidFieldsOf(add.error);
  const error = fieldMessages(add.error, t);
  return (
    <Reveal label={t('contacts.add')}>
      {(close) => (
        <Form onSubmit={() => add.mutate(undefined, { onSuccess: close })} label={t('contacts.add')}>
          <div className={fieldStyles.row}>
            <TextField
              label={t('contacts.name')}
              value={form.name}
              onChange={(name) => setForm({ ...form, name })}
              isRequired
              autoFocus
              errorMessage={error('name', 'register.invalid.name')}
            />
            <TextField
              label={t('contacts.email')}
              type="email"
              value={form.email}
              onChange={(email) => setForm({ ...form, email })}
              isRequired
              errorMessage={error('email', 'register.invalid.email')}
            />
          </div>
          {add.isError && invalid.size === 0 && <ErrorState error={add.error} />}
          <SubmitOrCancel submitLabel={t('contacts.save')} cancelLabel={t('nssQueue.cancel')} isDisabled={add.isPending} onCancel={close} />
        </Form>
      )}
    </Reveal>
  );
}
