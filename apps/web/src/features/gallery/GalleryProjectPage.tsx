import { galleryOperations, webPages, type PublicProjectDetail } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from '../partners/PartnersPage.module.css';
import { ProjectFacts } from '../projects/ProjectFacts.tsx';
import { PublicMaterialsPanel } from './PublicMaterialsPanel.tsx';
import { PublicPagesPanel } from './PublicPagesPanel.tsx';

/** A public project: what it is, its partner schools and countries, its public pages and materials; never a person. */
export function GalleryProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useQuery({
    queryKey: ['gallery', id],
    queryFn: ({ signal }) => api.call(galleryOperations.project, { params: { id }, signal }),
  });
  usePageTitle(project.data?.title ?? t('gallery.title'));
  const back = (
    <LinkButton href={webPages.gallery} variant="secondary">
      {t('gallery.back')}
    </LinkButton>
  );
  if (project.isPending) return <Page title={t('gallery.title')}>{t('app.loading')}</Page>;
  if (project.isError) {
    const missing = project.error instanceof ApiError && project.error.status === 404;
    return (
      <Page title={t('gallery.title')}>
        {missing ? <Alert tone="info" title={t('gallery.notFound')} /> : <ErrorState error={project.error} />}
        {back}
      </Page>
    );
  }
  return <PublicProjectView project={project.data} back={back} />;
}

function PublicProjectView({ project, back }: { project: PublicProjectDetail; back: React.ReactNode }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const sections = (['description', 'objectives', 'expectedResults'] as const).filter((field) => project[field].trim() !== '');
  return (
    <Page title={project.title} intro={<p>{project.summary}</p>}>
      {project.status === 'closed' && <Alert tone="info" title={t('gallery.closed')} />}
      <Panel>
        <ProjectFacts project={project} />
        {sections.map((field) => (
          <section key={field}>
            <h2>{t(`gallery.${field}`)}</h2>
            <p className={styles.message}>{project[field]}</p>
          </section>
        ))}
      </Panel>
      <Panel title={t('gallery.partnerSchools')}>
        <ul>
          {project.schools.map((school) => (
            <li key={`${school.name}-${school.town}`}>
              {school.name}, {school.town} ({countryName(school.countryCode)})
            </li>
          ))}
        </ul>
      </Panel>
      <PublicPagesPanel projectId={project.id} pages={project.pages} />
      <PublicMaterialsPanel projectId={project.id} />
      {back}
    </Page>
  );
}
