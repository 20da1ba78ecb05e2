import { projectsOperations, type ProjectDetail } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import partnerStyles from '../partners/PartnersPage.module.css';
import { DecisionForm, FounderActions, InvitationAnswer } from './ProjectActions.tsx';
import { ProjectFacts, useStatusLabel } from './ProjectFacts.tsx';
import { ProjectHistory } from './ProjectHistory.tsx';
import { ProjectPartners } from './ProjectPartners.tsx';
import { twinspacePath } from './project-links.ts';
import styles from './Projects.module.css';

/** One project, as its founders, members, invitees and deciding officers see it. */
export function ProjectPage() {
  const { id = '' } = useParams();
  return <RequireSession>{() => <Project id={id} />}</RequireSession>;
}

function Project({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useQuery({
    queryKey: ['project', id],
    queryFn: ({ signal }) => api.call(projectsOperations.read, { params: { id }, signal }),
  });
  usePageTitle(detail.data?.project.title ?? t('projects.title'));
  if (detail.isPending) return <Page title={t('projects.title')}>{t('app.loading')}</Page>;
  if (detail.isError)
    return (
      <Page title={t('projects.title')}>
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </Page>
    );
  return <ProjectView detail={detail.data} />;
}

function ProjectView({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const { project } = detail;
  return (
    <Page
      title={project.title}
      width="wide"
      intro={
        <p>
          <span className={styles.status}>{statusLabel(project.status)}</span> {t(`projects.statusHelp.${project.status}`)}
        </p>
      }
    >
      {detail.myInvitation && <InvitationAnswer projectId={project.id} invitation={detail.myInvitation} />}
      {detail.can.decide && <DecisionForm project={project} />}
      {detail.myRole === 'founder' && <FounderActions detail={detail} />}
      {detail.can.openTwinspace && (
        <div className={partnerStyles.actions}>
          <LinkButton href={twinspacePath(project.id)}>{t('projects.openTwinspace')}</LinkButton>
        </div>
      )}
      <ProjectContentView detail={detail} />
      <ProjectPartners detail={detail} />
      <ProjectHistory history={detail.history} reviews={detail.reviews} />
    </Page>
  );
}

function ProjectContentView({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const { project } = detail;
  const countries = [...new Set(detail.members.map((member) => member.countryCode))].toSorted();
  const sections = (['description', 'objectives', 'workingMethod', 'activities', 'expectedResults'] as const).filter(
    (field) => project[field].trim() !== '',
  );
  return (
    <Panel title={t('projects.sections.about')}>
      {project.summary ? <p className={partnerStyles.message}>{project.summary}</p> : <Alert tone="info" title={t('projects.noSummary')} />}
      <ProjectFacts project={{ ...project, countries }} />
      {sections.map((field) => (
        <section key={field}>
          <h3>{t(`projects.fields.${field}`)}</h3>
          <p className={partnerStyles.message}>{project[field]}</p>
        </section>
      ))}
    </Panel>
  );
}
