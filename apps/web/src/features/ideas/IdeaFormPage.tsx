import type { IdeaBody, Subject, WorkingLanguage } from '@jumelage/contracts';
import { ideasOperations, subjects, workingLanguages } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { fieldMessages } from '../../api/field-errors.ts';
import { RequireTeacherTools } from '../../app/RequireTeacherTools.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { CheckboxGroup } from '../../design/Checkbox.tsx';
import fieldStyles from '../../design/Field.module.css';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryOptions } from '../countries/use-country-options.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { monthName, upcomingMonths } from './idea-format.ts';
import { ideaPath, invalidateIdeaLists } from './IdeaSummary.tsx';
import { pupilAges as ages } from '../accounts/profile-format.ts';

/** Posting a project idea, or changing one's own (`/ideas/:id/edit`). */
export function IdeaFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t('ideas.editTitle') : t('ideas.newTitle');
  usePageTitle(title);
  return (
    <RequireTeacherTools title={title}>
      {id ? <EditIdea id={id} title={title} /> : <IdeaForm title={title} initial={undefined} />}
    </RequireTeacherTools>
  );
}

function EditIdea({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const detail = useQuery({ queryKey: ['idea', id], queryFn: ({ signal }) => api.call(ideasOperations.read, { params: { id }, signal }) });
  if (detail.isPending) return <Page title={title}>{t('app.loading')}</Page>;
  if (detail.isError)
    return (
      <Page title={title}>
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </Page>
    );
  const { idea, mine } = detail.data;
  if (!mine) return <Navigate to={ideaPath(id)} replace />;
  return (
    <IdeaForm
      title={title}
      initial={{ id, body: { ...idea, subjects: idea.subjects as Subject[], languages: idea.languages as WorkingLanguage[] } }}
    />
  );
}

function blankIdea(): IdeaBody {
  const [start = '', , , , , end = ''] = upcomingMonths();
  return {
    title: '',
    description: '',
    subjects: [],
    pupilAgeMin: 10,
    pupilAgeMax: 12,
    languages: ['en'],
    countriesWanted: [],
    startMonth: start,
    endMonth: end,
  };
}

function IdeaForm({ title, initial }: { title: string; initial: { id: string; body: IdeaBody } | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const countryOptions = useCountryOptions();
  const [form, setForm] = useState<IdeaBody>(() => (initial ? pick(initial.body) : blankIdea()));
  const update = (change: Partial<IdeaBody>) => setForm((current) => ({ ...current, ...change }));
  const save = useMutation({
    mutationFn: async () =>
      initial
        ? (await api.call(ideasOperations.edit, { params: { id: initial.id }, body: form }), initial.id)
        : (await api.call(ideasOperations.post, { body: form })).id,
    onSuccess: async (id) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['idea', id] }), invalidateIdeaLists(queryClient)]);
      void navigate(ideaPath(id));
    },
  });
  const message = fieldMessages(save.error, t);
  const error = (field: keyof IdeaBody) => message(field, `ideas.invalid.${field}`);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, i18n.language);
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const months = [...new Set([form.startMonth, ...upcomingMonths(), form.endMonth])]
    .toSorted()
    .map((month) => ({ id: month, label: monthName(month, i18n.language) }));
  const ageOptions = ages.map((age) => ({ id: age, label: age }));

  return (
    <Page title={title} intro={<p>{t('ideas.formIntro')}</p>}>
      <Form onSubmit={() => save.mutate()} label={title}>
        <Panel>
          <TextField
            label={t('ideas.titleField')}
            value={form.title}
            onChange={(value) => update({ title: value })}
            maxLength={120}
            isRequired
            errorMessage={error('title')}
          />
          <TextField
            label={t('ideas.description')}
            description={t('ideas.descriptionHint')}
            multiline
            value={form.description}
            onChange={(description) => update({ description })}
            maxLength={3000}
            isRequired
            errorMessage={error('description')}
          />
          <div className={fieldStyles.row}>
            <Select
              label={t('ideas.startMonth')}
              options={months}
              value={form.startMonth}
              onChange={(startMonth) => update({ startMonth })}
              errorMessage={error('startMonth')}
            />
            <Select
              label={t('ideas.endMonth')}
              options={months}
              value={form.endMonth}
              onChange={(endMonth) => update({ endMonth })}
              errorMessage={error('endMonth')}
            />
          </div>
          <div className={fieldStyles.row}>
            <Select
              label={t('partners.ageFrom')}
              options={ageOptions}
              value={String(form.pupilAgeMin)}
              onChange={(age) => update({ pupilAgeMin: Number(age) })}
              errorMessage={error('pupilAgeMin')}
            />
            <Select
              label={t('partners.ageTo')}
              options={ageOptions}
              value={String(form.pupilAgeMax)}
              onChange={(age) => update({ pupilAgeMax: Number(age) })}
              errorMessage={error('pupilAgeMax')}
            />
          </div>
        </Panel>
        <Panel>
          <CheckboxGroup
            label={t('partners.subjects')}
            options={subjects.map((subject) => ({ value: subject, label: t(`subjects.${subject}`) })).toSorted(byLabel)}
            value={form.subjects}
            onChange={(value) => update({ subjects: value as Subject[] })}
            errorMessage={error('subjects')}
          />
          <CheckboxGroup
            label={t('partners.languages')}
            options={workingLanguages.map((code) => ({ value: code, label: languageName.of(code) ?? code })).toSorted(byLabel)}
            value={form.languages}
            onChange={(value) => update({ languages: value as WorkingLanguage[] })}
            errorMessage={error('languages')}
          />
          <CheckboxGroup
            label={t('ideas.countriesWanted')}
            description={t('ideas.countriesWantedHint')}
            options={countryOptions.map((country) => ({ value: country.id, label: country.label }))}
            value={form.countriesWanted}
            onChange={(countriesWanted) => update({ countriesWanted })}
            errorMessage={error('countriesWanted')}
          />
        </Panel>
        {save.isError && <ErrorState error={save.error} />}
        <SubmitOrCancel
          submitLabel={initial ? t('account.save') : t('ideas.publish')}
          cancelLabel={t('nssQueue.cancel')}
          isDisabled={save.isPending}
          onCancel={() => void navigate(-1)}
        />
      </Form>
    </Page>
  );
}

/** Only the fields the API takes back, from an idea read from it. */
function pick(idea: IdeaBody): IdeaBody {
  const { title, description, subjects, pupilAgeMin, pupilAgeMax, languages, countriesWanted, startMonth, endMonth } = idea;
  return { title, description, subjects, pupilAgeMin, pupilAgeMax, languages, countriesWanted, startMonth, endMonth };
}
