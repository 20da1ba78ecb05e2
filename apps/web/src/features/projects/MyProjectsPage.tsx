import { projectStatuses, projectsOperations, webPages, type MyProjectsResponse, type ProjectSummary } from '@jumelage/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { LinkButton, Button } from '../../design/Button.tsx';
import { Badge, Card, CardMeta } from '../../design/Card.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { List } from '../../design/List.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import partnerStyles from '../partners/PartnersPage.module.css';
import { useStatusLabel } from './ProjectFacts.tsx';
import { editProjectPath, projectPath } from './project-links.ts';
import styles from './Projects.module.css';

/** The teacher's dashboard: what waits for me, invitations, and my projects by state. */
export function MyProjectsPage() {
  return (
    <TeacherToolsPage titleKey="nav.myProjects">
      <Dashboard />
    </TeacherToolsPage>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const dashboard = useQuery({ queryKey: ['my-projects'], queryFn: ({ signal }) => api.call(projectsOperations.listMine, { signal }) });
  return (
    <Page title={t('nav.myProjects')} intro={<p>{t('projects.dashboardIntro')}</p>} width="wide">
      <NewProjectForm />
      {dashboard.isPending && <p>{t('app.loading')}</p>}
      {dashboard.isError && <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.data && <DashboardContent data={dashboard.data} />}
    </Page>
  );
}

function NewProjectForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => api.call(projectsOperations.create, { body: { title } }),
    onSuccess: ({ id }) => void navigate(editProjectPath(id)),
  });
  return (
    <Panel title={t('projects.start')}>
      <Form label={t('projects.start')} onSubmit={() => create.mutate()}>
        <TextField
          label={t('projects.fields.title')}
          description={t('projects.startHint')}
          value={title}
          onChange={setTitle}
          maxLength={120}
          isRequired
        />
        {create.isError && <ErrorState error={create.error} />}
        <FormActions>
          <Button type="submit" isDisabled={create.isPending || title.trim() === ''}>
            {t('projects.createDraft')}
          </Button>
        </FormActions>
      </Form>
    </Panel>
  );
}

function DashboardContent({ data }: { data: MyProjectsResponse }) {
  const { t } = useTranslation();
  const byStatus = projectStatuses
    .map((status) => [status, data.projects.filter((project) => project.status === status)] as const)
    .filter(([, projects]) => projects.length > 0);
  return (
    <div className={styles.groups}>
      {data.waiting.length > 0 && (
        <Panel title={t('projects.waiting')}>
          <ul>
            {data.waiting.map((task) => (
              <li key={`${task.kind}-${task.projectId}`}>
                <Link href={task.kind === 'complete_draft' ? editProjectPath(task.projectId) : projectPath(task.projectId)}>
                  {t(`projects.tasks.${task.kind}`, { title: task.title })}
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {data.invitations.length > 0 && (
        <Panel title={t('projects.invitations')}>
          <List>
            {data.invitations.map((invitation) => (
              <Card key={invitation.id} title={<Link href={projectPath(invitation.project.id)}>{invitation.project.title}</Link>}>
                <CardMeta>{t(`projects.invitedAs.${invitation.role}`, { name: invitation.inviterName ?? '—' })}</CardMeta>
                {invitation.message && <p className={partnerStyles.message}>{invitation.message}</p>}
                <LinkButton href={projectPath(invitation.project.id)} variant="secondary">
                  {t('projects.answerInvitation')}
                </LinkButton>
              </Card>
            ))}
          </List>
        </Panel>
      )}
      {data.projects.length === 0 && (
        <EmptyState>
          <p>{t('projects.noneYet')}</p>
          <LinkButton href={webPages.ideas} variant="secondary">
            {t('ideas.title')}
          </LinkButton>
        </EmptyState>
      )}
      {byStatus.map(([status, projects]) => (
        <section key={status} aria-labelledby={`projects-${status}`}>
          <h2 id={`projects-${status}`}>{t(`projects.groups.${status}`)}</h2>
          <List>
            {projects.map((project) => (
              <ProjectCard key={project.id} project={project} />
            ))}
          </List>
        </section>
      ))}
    </div>
  );
}

function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const statusLabel = useStatusLabel();
  return (
    <Card
      title={<Link href={projectPath(project.id)}>{project.title}</Link>}
      badges={
        <>
          <Badge>{statusLabel(project.status)}</Badge>
          {project.isPublic && <Badge>{t('projects.publicBadge')}</Badge>}
        </>
      }
    >
      <CardMeta>
        {t(`projects.roles.${project.role}`)} · {project.countries.map(countryName).join(', ')} ·{' '}
        {t('projects.memberCount', { count: project.memberCount })}
      </CardMeta>
    </Card>
  );
}
