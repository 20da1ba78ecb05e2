import { galleryOperations, webPages } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { galleryProjectPath } from './gallery-links.ts';
import styles from './Gallery.module.css';

/** A public TwinSpace page, as anyone reads it: its title and text, and the way back to its project. */
export function GalleryTwinspacePage() {
  const { t, i18n } = useTranslation();
  const { id = '', pageId = '' } = useParams();
  const page = useQuery({
    queryKey: ['gallery', id, 'pages', pageId],
    queryFn: ({ signal }) => api.call(galleryOperations.page, { params: { id, pageId }, signal }),
  });
  usePageTitle(page.data?.title ?? t('gallery.title'));
  if (page.isPending) return <Page title={t('gallery.title')}>{t('app.loading')}</Page>;
  if (page.isError) {
    const missing = page.error instanceof ApiError && page.error.status === 404;
    return (
      <Page title={t('gallery.title')}>
        {missing ? <Alert tone="info" title={t('gallery.pageNotFound')} /> : <ErrorState error={page.error} />}
        <LinkButton href={webPages.gallery} variant="secondary">
          {t('gallery.back')}
        </LinkButton>
      </Page>
    );
  }
  const { project, title, html, updatedAt } = page.data;
  const updated = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(updatedAt));
  return (
    <Page title={title} intro={<p>{t('gallery.updatedOn', { date: updated })}</p>}>
      {/* The server rendered this HTML from the page schema and sanitised it for visitors (sanitize-html), images of non-public materials taken out. */}
      <article className={styles.pageText} dangerouslySetInnerHTML={{ __html: html }} />
      <LinkButton href={galleryProjectPath(project.id)} variant="secondary">
        {t('gallery.backToProject', { title: project.title })}
      </LinkButton>
    </Page>
  );
}
