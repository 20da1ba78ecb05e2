import { pupilsOperations, type TwinspaceHome } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { ForbiddenPage } from '../../app/status-pages.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { CheckboxGroup } from '../../design/Checkbox.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { twinspacePath } from '../projects/project-links.ts';
import { AddPupils } from './AddPupils.tsx';
import { fullName } from './pupil-names.ts';
import { SchoolPupilItem } from './SchoolPupilItem.tsx';
import { useSchoolPupils, useTwinspaceChange, useTwinspaceHome } from '../twinspace/use-twinspace.ts';
import styles from '../twinspace/Twinspace.module.css';

/** The teachers' page for the pupils of their own school in a TwinSpace. */
export function PupilsPage() {
  const { id = '' } = useParams();
  return <RequireSession>{() => <PupilsOfMySchool id={id} />}</RequireSession>;
}

function PupilsOfMySchool({ id }: { id: string }) {
  const { t } = useTranslation();
  const home = useTwinspaceHome(id);
  // A pupil is a member of the TwinSpace, but this page is for the teachers who look after them.
  if (home.data && !home.data.me.can.administer) return <ForbiddenPage who={t('twinspace.pupils.teachersOnly')} />;
  return <PupilsView id={id} home={home} />;
}

function PupilsView({ id, home }: { id: string; home: ReturnType<typeof useTwinspaceHome> }) {
  const { t } = useTranslation();
  usePageTitle(t('twinspace.pupils.title'));
  return (
    <Page
      title={t('twinspace.pupils.title')}
      intro={home.data && <p>{t('twinspace.pupils.intro', { title: home.data.project.title })}</p>}
      width="wide"
    >
      <div className={styles.links}>
        <LinkButton href={twinspacePath(id)} variant="secondary">
          {t('twinspace.backHome')}
        </LinkButton>
      </div>
      {home.isPending && <p role="status">{t('app.loading')}</p>}
      {home.isError && <ErrorState error={home.error} onRetry={() => void home.refetch()} />}
      {home.data && <PupilsContent id={id} me={home.data.me} />}
    </Page>
  );
}

function PupilsContent({ id, me }: { id: string; me: TwinspaceHome['me'] }) {
  const { t } = useTranslation();
  return (
    <>
      {!me.can.managePupils && <Alert tone="info" title={t('twinspace.readOnly')} />}
      {me.can.managePupils && <AddPupils projectId={id} />}
      <PupilsInProject id={id} />
      {me.can.managePupils && <ExistingPupils id={id} />}
    </>
  );
}

function PupilsInProject({ id }: { id: string }) {
  const { t } = useTranslation();
  const pupils = useSchoolPupils(id, 'project');
  return (
    <Panel title={t('twinspace.pupils.inProject')}>
      {pupils.isPending && <p role="status">{t('app.loading')}</p>}
      {pupils.isError && <ErrorState error={pupils.error} onRetry={() => void pupils.refetch()} />}
      {pupils.data?.pupils.length === 0 && (
        <EmptyState>
          <p>{t('twinspace.pupils.none')}</p>
        </EmptyState>
      )}
      {pupils.data && pupils.data.pupils.length > 0 && (
        <ul className={styles.list}>
          {pupils.data.pupils.map((pupil) => (
            <SchoolPupilItem key={pupil.id} projectId={id} pupil={pupil} />
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** Pupils I look after, with an account from another project, join this one. */
function ExistingPupils({ id }: { id: string }) {
  const { t } = useTranslation();
  const pupils = useSchoolPupils(id, 'school');
  const [chosen, setChosen] = useState<string[]>([]);
  const add = useTwinspaceChange(id);
  const others = pupils.data?.pupils.filter((pupil) => pupil.can.lookAfter && !pupil.projects.some((project) => project.id === id)) ?? [];
  if (others.length === 0) return null;
  const submit = () =>
    add.mutate(() => api.call(pupilsOperations.addExisting, { params: { id }, body: { pupilIds: chosen } }), {
      onSuccess: () => setChosen([]),
    });
  return (
    <Panel title={t('twinspace.existing.title')}>
      <Form onSubmit={submit} label={t('twinspace.existing.title')}>
        <CheckboxGroup
          label={t('twinspace.existing.label')}
          description={t('twinspace.existing.hint')}
          options={others.map((pupil) => ({
            value: pupil.id,
            label: pupil.account ? `${fullName(pupil)} (${pupil.account.username})` : fullName(pupil),
          }))}
          value={chosen}
          onChange={setChosen}
        />
        {add.isError && <ErrorState error={add.error} />}
        <FormActions>
          <Button type="submit" isDisabled={add.isPending || chosen.length === 0}>
            {t('twinspace.existing.submit')}
          </Button>
        </FormActions>
      </Form>
    </Panel>
  );
}
