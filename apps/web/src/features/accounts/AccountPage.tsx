import type { Account, Subject, UpdateProfileRequest, WorkingLanguage } from '@jumelage/contracts';
import { accountsOperations, isLanguage, languages, subjects, webPages, workingLanguages } from '@jumelage/contracts';
import { Link } from 'react-aria-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { fieldMessages } from '../../api/field-errors.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Checkbox, CheckboxGroup } from '../../design/Checkbox.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { changeLanguage, nativeLanguageName } from '../../i18n/i18n.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useSetAccount } from './use-session.ts';
import { pupilAges as ages } from './profile-format.ts';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return <RequireSession>{(session) => <AccountForm account={session.account} />}</RequireSession>;
}

function StatusNotice({ account }: { account: Account }) {
  const { t } = useTranslation();
  const setAccount = useSetAccount();
  const review = useMutation({ mutationFn: () => api.call(accountsOperations.requestReview), onSuccess: setAccount });
  if (account.role !== 'teacher' || account.status === 'validated') return null;
  if (account.status === 'rejected') {
    return (
      <Alert tone="error" title={t('account.rejected.title')}>
        <p>{t('account.rejected.text', { reason: account.decisionReason ?? '' })}</p>
        {account.can.requestReview && (
          <div>
            <Button variant="secondary" onPress={() => review.mutate()} isDisabled={review.isPending}>
              {t('account.rejected.askAgain')}
            </Button>
          </div>
        )}
        {review.isError && <ErrorState error={review.error} />}
      </Alert>
    );
  }
  return (
    <Alert tone="info" title={t('account.pending.title')}>
      <p>{t('account.pending.text')}</p>
    </Alert>
  );
}

function AccountForm({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const setAccount = useSetAccount();
  const profile = account.profile;
  const [form, setForm] = useState<UpdateProfileRequest>({
    name: account.name,
    language: account.language,
    subjects: profile?.subjects ?? [],
    pupilAgeMin: profile?.pupilAgeMin ?? null,
    pupilAgeMax: profile?.pupilAgeMax ?? null,
    workingLanguages: profile?.workingLanguages ?? [],
    presentation: profile?.presentation ?? '',
    lookingForPartners: profile?.lookingForPartners ?? false,
    hiddenFromSearch: profile?.hiddenFromSearch ?? false,
  });
  const update = (change: Partial<UpdateProfileRequest>) => setForm((current) => ({ ...current, ...change }));
  const save = useMutation({
    mutationFn: () => api.call(accountsOperations.updateProfile, { body: form }),
    onSuccess: async (saved) => {
      setAccount(saved);
      if (isLanguage(saved.language) && saved.language !== i18n.language) await changeLanguage(saved.language);
    },
  });
  const message = fieldMessages(save.error, t);
  const error = (field: string) => message(field, `account.invalid.${field}`);
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });

  return (
    <Page title={t('account.title')} intro={<p>{t('account.intro')}</p>}>
      <StatusNotice account={account} />
      <p />
      <Form onSubmit={() => save.mutate()} label={t('account.title')}>
        <Panel title={t('account.you')}>
          <p className={fieldStyles.description}>
            {account.email}
            {account.school && ` · ${account.school.name}, ${account.school.town}`}
            {' · '}
            <Link href={webPages.accountSecurity}>{t('account.security')}</Link>
          </p>
          <TextField
            label={t('account.name')}
            value={form.name}
            onChange={(name) => update({ name })}
            isRequired
            errorMessage={error('name')}
          />
          <Select
            label={t('account.language')}
            options={languages.map((language) => ({ id: language, label: nativeLanguageName(language), lang: language }))}
            value={form.language}
            onChange={(language) => isLanguage(language) && update({ language })}
          />
        </Panel>
        {profile && (
          <Panel title={t('account.profile')}>
            <CheckboxGroup
              label={t('account.subjects')}
              description={t('account.subjectsHint')}
              options={subjects
                .map((subject) => ({ value: subject, label: t(`subjects.${subject}`) }))
                .toSorted((a, b) => a.label.localeCompare(b.label, i18n.language))}
              value={form.subjects}
              onChange={(value) => update({ subjects: value as Subject[] })}
              errorMessage={error('subjects')}
            />
            <div className={fieldStyles.row}>
              <Select
                label={t('account.ageFrom')}
                options={ages.map((age) => ({ id: age, label: age }))}
                value={form.pupilAgeMin?.toString() ?? null}
                onChange={(age) => update({ pupilAgeMin: Number(age) })}
                placeholder="—"
              />
              <Select
                label={t('account.ageTo')}
                options={ages.map((age) => ({ id: age, label: age }))}
                value={form.pupilAgeMax?.toString() ?? null}
                onChange={(age) => update({ pupilAgeMax: Number(age) })}
                placeholder="—"
                errorMessage={error('pupilAgeMax')}
              />
            </div>
            <CheckboxGroup
              label={t('account.workingLanguages')}
              options={workingLanguages
                .map((code) => ({ value: code, label: languageName.of(code) ?? code }))
                .toSorted((a, b) => a.label.localeCompare(b.label, i18n.language))}
              value={form.workingLanguages}
              onChange={(value) => update({ workingLanguages: value as WorkingLanguage[] })}
              errorMessage={error('workingLanguages')}
            />
            <TextField
              label={t('account.presentation')}
              description={t('account.presentationHint')}
              multiline
              value={form.presentation}
              onChange={(presentation) => update({ presentation })}
              maxLength={2000}
              errorMessage={error('presentation')}
            />
            <Checkbox isSelected={form.lookingForPartners} onChange={(lookingForPartners) => update({ lookingForPartners })}>
              {t('account.lookingForPartners')}
            </Checkbox>
            <Checkbox isSelected={form.hiddenFromSearch} onChange={(hiddenFromSearch) => update({ hiddenFromSearch })}>
              {t('account.hiddenFromSearch')}
            </Checkbox>
          </Panel>
        )}
        {save.isError && <ErrorState error={save.error} />}
        {save.isSuccess && <Alert tone="info" title={t('account.saved')} />}
        <FormActions>
          <Button type="submit" isDisabled={save.isPending}>
            {t('account.save')}
          </Button>
        </FormActions>
      </Form>
    </Page>
  );
}
