import type { PublicPageSummary } from '@jumelage/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../design/Page.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import pageStyles from '../pages/Pages.module.css';
import { galleryTwinspacePagePath } from './gallery-links.ts';

/** The project's public pages, nested as the teachers arranged them. */
export function PublicPagesPanel({ projectId, pages }: { projectId: string; pages: PublicPageSummary[] }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('gallery.pages')}>
      {pages.length === 0 ? (
        <EmptyState>
          <p>{t('gallery.noPages')}</p>
        </EmptyState>
      ) : (
        <PageBranch projectId={projectId} pages={pages} parentId={null} />
      )}
    </Panel>
  );
}

function PageBranch({ projectId, pages, parentId }: { projectId: string; pages: PublicPageSummary[]; parentId: string | null }) {
  const children = pages.filter((page) => page.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ul className={pageStyles.tree}>
      {children.map((page) => (
        <li key={page.id}>
          <Link href={galleryTwinspacePagePath(projectId, page.id)}>{page.title}</Link>
          <PageBranch projectId={projectId} pages={pages} parentId={page.id} />
        </li>
      ))}
    </ul>
  );
}
