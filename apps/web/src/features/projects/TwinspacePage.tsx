import type { ProjectDetail, ProjectMember } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getJson } from '../../api/client.ts';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { projectPath } from './project-links.ts';

/** The TwinSpace of an approved project: for now its home lists the members by country and school. */
export function TwinspacePage() {
  const { id = '' } = useParams();
  return (
    <TeacherToolsPage titleKey="projects.twinspace">
      <Twinspace id={id} />
    </TeacherToolsPage>
  );
}

function Twinspace({ id }: { id: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const detail = useQuery({ queryKey: ['project', id], queryFn: ({ signal }) => getJson<ProjectDetail>(`/api/projects/${id}`, signal) });
  if (detail.isPending) return <Page title={t('projects.twinspace')}>{t('app.loading')}</Page>;
  if (detail.isError) return <Page title={t('projects.twinspace')}><ErrorState error={detail.error} /></Page>;
  const { project, members, myRole } = detail.data;
  const open = (project.status === 'active' || project.status === 'closed') && (myRole === 'founder' || myRole === 'member');
  const byCountry = Map.groupBy(members, (member: ProjectMember) => member.countryCode);
  return (
    <Page title={t('projects.twinspaceOf', { title: project.title })}>
      {!open && <Alert tone="info" title={t('projects.twinspaceClosed')} />}
      {project.status === 'closed' && <Alert tone="info" title={t('projects.readOnly')} />}
      {open &&
        [...byCountry].map(([country, people]) => (
          <Panel key={country} title={countryName(country)}>
            <ul>
              {people.map((member) => (
                <li key={member.id}>{member.name} · {member.schoolName}, {member.town} · {t(`projects.roles.${member.role}`)}</li>
              ))}
            </ul>
          </Panel>
        ))}
      <LinkButton href={projectPath(id)} variant="secondary">{t('projects.backToProject')}</LinkButton>
    </Page>
  );
}
