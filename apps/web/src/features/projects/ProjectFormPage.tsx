import { projectThemes, projectsOperations, subjects, workingLanguages, type ProjectContent, type ProjectPatch } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { fieldMessages } from '../../api/field-errors.ts';
import { RequireTeacherTools } from '../../app/RequireTeacherTools.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { CheckboxGroup } from '../../design/Checkbox.tsx';
import fieldStyles from '../../design/Field.module.css';
import { FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { pupilAges } from '../accounts/profile-format.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { projectPath } from './project-links.ts';
import styles from './Projects.module.css';
import { useAutosave, type SaveState } from './use-autosave.ts';

/** The project form (`/projects/:id/edit`): every field saves itself as it is typed. */
export function ProjectFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('projects.editTitle'));
  return (
    <RequireTeacherTools title={t('projects.editTitle')}>
      <LoadedForm id={id} />
    </RequireTeacherTools>
  );
}

function LoadedForm({ id }: { id: string }) {
  const { t } = useTranslation();
  // Read once: from here on the form is the truth, and it saves what changes.
  const detail = useQuery({
    queryKey: ['project-form', id],
    queryFn: ({ signal }) => api.call(projectsOperations.read, { params: { id }, signal }),
    staleTime: Infinity,
    gcTime: 0,
  });
  if (detail.isPending) return <Page title={t('projects.editTitle')}>{t('app.loading')}</Page>;
  if (detail.isError)
    return (
      <Page title={t('projects.editTitle')}>
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </Page>
    );
  if (!detail.data.can.edit) {
    return (
      <Page title={detail.data.project.title}>
        <Alert tone="info" title={t('projects.notEditable')}>
          <p>{t(`projects.statusHelp.${detail.data.project.status}`)}</p>
        </Alert>
        <LinkButton href={projectPath(id)} variant="secondary">
          {t('projects.backToProject')}
        </LinkButton>
      </Page>
    );
  }
  return <ProjectForm id={id} initial={detail.data.project} approved={detail.data.project.status === 'active'} />;
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={styles.saveState} data-state={state}>
      {t(`projects.save.${state}`)}
    </p>
  );
}

function ProjectForm({ id, initial, approved }: { id: string; initial: ProjectContent; approved: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { form, change, flush, state, error } = useAutosave(id, initial);
  const message = fieldMessages(error, t);
  const errorOf = (field: keyof ProjectPatch) =>
    message(field, field === 'title' || field === 'pupilAgeMax' || field === 'endsOn' ? `projects.invalid.${field}` : undefined);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, i18n.language);
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const ageOptions = pupilAges.map((age) => ({ id: age, label: age }));
  const text = (
    field: 'summary' | 'description' | 'objectives' | 'workingMethod' | 'activities' | 'expectedResults',
    maxLength: number,
  ) => (
    <TextField
      label={t(`projects.fields.${field}`)}
      description={t(`projects.hints.${field}`)}
      multiline
      value={form[field]}
      onChange={(value) => change({ [field]: value })}
      maxLength={maxLength}
      errorMessage={errorOf(field)}
    />
  );
  return (
    <Page title={form.title || t('projects.editTitle')} intro={<p>{t('projects.formIntro')}</p>}>
      {approved && <Alert tone="info" title={t('projects.approvedEditing')} />}
      <div className={styles.saveBar}>
        <SaveStatus state={state} />
        {state === 'failed' && <ErrorState error={error} />}
      </div>
      <Panel title={t('projects.sections.about')}>
        <TextField
          label={t('projects.fields.title')}
          value={form.title}
          onChange={(title) => change({ title })}
          maxLength={120}
          isRequired
          errorMessage={errorOf('title')}
        />
        {text('summary', 600)}
        {text('description', 6000)}
        <div className={fieldStyles.row}>
          <TextField
            label={t('projects.fields.startsOn')}
            type="date"
            value={form.startsOn ?? ''}
            onChange={(value) => change({ startsOn: value || null })}
            errorMessage={errorOf('startsOn')}
          />
          <TextField
            label={t('projects.fields.endsOn')}
            type="date"
            value={form.endsOn ?? ''}
            onChange={(value) => change({ endsOn: value || null })}
            errorMessage={errorOf('endsOn')}
          />
        </div>
        <div className={fieldStyles.row}>
          <Select
            label={t('partners.ageFrom')}
            options={ageOptions}
            value={form.pupilAgeMin === null ? null : String(form.pupilAgeMin)}
            onChange={(age) => change({ pupilAgeMin: Number(age) })}
          />
          <Select
            label={t('partners.ageTo')}
            options={ageOptions}
            value={form.pupilAgeMax === null ? null : String(form.pupilAgeMax)}
            onChange={(age) => change({ pupilAgeMax: Number(age) })}
            errorMessage={errorOf('pupilAgeMax')}
          />
        </div>
      </Panel>
      <Panel title={t('projects.sections.topics')}>
        <CheckboxGroup
          label={t('gallery.themes')}
          description={t('projects.hints.themes')}
          options={projectThemes.map((theme) => ({ value: theme, label: t(`themes.${theme}`) })).toSorted(byLabel)}
          value={form.themes}
          onChange={(themes) => change({ themes: themes as ProjectPatch['themes'] })}
          errorMessage={errorOf('themes')}
        />
        <CheckboxGroup
          label={t('partners.subjects')}
          options={subjects.map((subject) => ({ value: subject, label: t(`subjects.${subject}`) })).toSorted(byLabel)}
          value={form.subjects}
          onChange={(value) => change({ subjects: value as ProjectPatch['subjects'] })}
          errorMessage={errorOf('subjects')}
        />
        <CheckboxGroup
          label={t('partners.languages')}
          options={workingLanguages.map((code) => ({ value: code, label: languageName.of(code) ?? code })).toSorted(byLabel)}
          value={form.languages}
          onChange={(value) => change({ languages: value as ProjectPatch['languages'] })}
          errorMessage={errorOf('languages')}
        />
      </Panel>
      <Panel title={t('projects.sections.plan')}>
        {text('objectives', 3000)}
        {text('workingMethod', 3000)}
        {text('activities', 3000)}
        {text('expectedResults', 3000)}
      </Panel>
      <FormActions>
        <Button onPress={() => void flush().then(() => navigate(projectPath(id)))}>{t('projects.done')}</Button>
      </FormActions>
    </Page>
  );
}
