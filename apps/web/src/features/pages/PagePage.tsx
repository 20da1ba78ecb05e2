import type { PageDetail, SessionResponse } from '@jumelage/contracts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { LinkButton } from '../../design/Button.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { caretColourFor, CollaborativeEditor, type Collaborator } from './CollaborativeEditor.tsx';
import { PageHistory } from './PageHistory.tsx';
import { PageSettings } from './PageSettings.tsx';
import { PublicationNotice } from './PublicationNotice.tsx';
import { usePage } from './use-pages.ts';
import styles from './Pages.module.css';

/** One page of a TwinSpace, written together in real time. */
export function PagePage() {
  const { id = '', pageId = '' } = useParams();
  return <RequireSession>{(session) => <PageView projectId={id} pageId={pageId} me={collaboratorOf(session)} />}</RequireSession>;
}

/** How others see me typing: a pupil by first name only, as everywhere outside their school. */
function collaboratorOf(session: SessionResponse): Collaborator {
  const { account } = session;
  const name = account.role === 'pupil' ? (account.name.split(' ')[0] ?? account.name) : account.name;
  return { name, color: caretColourFor(account.id) };
}

function PageView({ projectId, pageId, me }: { projectId: string; pageId: string; me: Collaborator }) {
  const { t } = useTranslation();
  const page = usePage(pageId);
  const [editedSinceOpened, setEditedSinceOpened] = useState(false);
  // Stable, so that the editor keeps one listener on its document.
  const markEdited = useCallback(() => setEditedSinceOpened(true), []);
  usePageTitle(page.data?.page.title ?? t('pages.title'));
  if (page.isPending) {
    return (
      <Page title={t('pages.title')}>
        <p role="status">{t('app.loading')}</p>
      </Page>
    );
  }
  if (page.isError) {
    return (
      <Page title={t('pages.title')}>
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      </Page>
    );
  }
  const detail: PageDetail = page.data;
  return (
    <Page title={detail.page.title} width="wide">
      <div className={styles.pageLinks}>
        <LinkButton href={`/projects/${projectId}/twinspace`} variant="secondary">
          {t('pages.backHome')}
        </LinkButton>
      </div>
      <PublicationNotice
        projectId={projectId}
        detail={detail}
        editedSinceOpened={editedSinceOpened}
        onPublished={() => setEditedSinceOpened(false)}
      />
      <CollaborativeEditor
        projectId={projectId}
        documentName={detail.documentName}
        me={me}
        editable={detail.can.edit}
        onAccessChanged={() => void page.refetch()}
        onTextChanged={markEdited}
      />
      {detail.can.administer && <PageSettings projectId={projectId} detail={detail} />}
      <PageHistory pageId={pageId} canRestore={detail.can.administer} />
    </Page>
  );
}
