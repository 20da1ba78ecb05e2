import { webPages, type MyTwinspaces } from '@jumelage/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { LinkButton } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useStatusLabel } from '../projects/ProjectFacts.tsx';
import { twinspacePath } from '../projects/project-links.ts';
import { useMyTwinspaces } from './use-twinspace.ts';
import styles from './Twinspace.module.css';

/** The TwinSpaces I am in: where a pupil starts, and a teacher's shortcut to their classes' work. */
export function MyTwinspacesPage() {
  const { t } = useTranslation();
  usePageTitle(t('twinspace.mine.title'));
  return (
    <RequireSession>
      {(session) => (
        <Page title={t('twinspace.mine.title')} intro={<p>{t('twinspace.mine.intro')}</p>}>
          <TwinspaceList isPupil={session.account.role === 'pupil'} />
        </Page>
      )}
    </RequireSession>
  );
}

function TwinspaceList({ isPupil }: { isPupil: boolean }) {
  const { t } = useTranslation();
  const twinspaces = useMyTwinspaces();
  if (twinspaces.isPending) return <p role="status">{t('app.loading')}</p>;
  if (twinspaces.isError) return <ErrorState error={twinspaces.error} onRetry={() => void twinspaces.refetch()} />;
  if (twinspaces.data.twinspaces.length === 0) {
    return (
      <EmptyState>
        <p>{t(isPupil ? 'twinspace.mine.noneForPupils' : 'twinspace.mine.noneForTeachers')}</p>
        {!isPupil && (
          <LinkButton href={webPages.myProjects} variant="secondary">
            {t('nav.myProjects')}
          </LinkButton>
        )}
      </EmptyState>
    );
  }
  return (
    <ul className={styles.list}>
      {twinspaces.data.twinspaces.map((twinspace) => (
        <TwinspaceCard key={twinspace.projectId} twinspace={twinspace} />
      ))}
    </ul>
  );
}

function TwinspaceCard({ twinspace }: { twinspace: MyTwinspaces['twinspaces'][number] }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  return (
    <li className={styles.card}>
      <div className={styles.cardHeader}>
        <h2 className={styles.cardTitle}>
          <Link href={twinspacePath(twinspace.projectId)}>{twinspace.title}</Link>
        </h2>
        <span className={styles.badge}>{statusLabel(twinspace.status)}</span>
      </div>
      <p className={styles.meta}>{t(`twinspace.roles.${twinspace.role}`)}</p>
    </li>
  );
}
