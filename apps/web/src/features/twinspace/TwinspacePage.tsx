import type { TwinspaceHome } from '@jumelage/contracts';
import { Link } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { projectPath } from '../projects/project-links.ts';
import { formatWhen } from './format-dates.ts';
import { twinspacePagePath, twinspacePupilsPath } from './twinspace-links.ts';
import { PagesPanel } from '../pages/PagesPanel.tsx';
import { TwinspaceMembers } from './TwinspaceMembers.tsx';
import { materialsPath } from '../materials/use-materials.ts';
import { useTwinspaceHome } from './use-twinspace.ts';
import styles from './Twinspace.module.css';

/** The home of a TwinSpace, for its teachers and its pupils alike. */
export function TwinspacePage() {
  const { id = '' } = useParams();
  return <RequireSession>{(session) => <TwinspaceHomeView id={id} myId={session.account.id} />}</RequireSession>;
}

function TwinspaceHomeView({ id, myId }: { id: string; myId: string }) {
  const { t } = useTranslation();
  const home = useTwinspaceHome(id);
  usePageTitle(home.data ? t('twinspace.home.title', { title: home.data.project.title }) : t('twinspace.name'));
  if (home.isPending) {
    return (
      <Page title={t('twinspace.name')}>
        <p role="status">{t('app.loading')}</p>
      </Page>
    );
  }
  if (home.isError) {
    return (
      <Page title={t('twinspace.name')}>
        <ErrorState error={home.error} onRetry={() => void home.refetch()} />
      </Page>
    );
  }
  const { project, me, attention, latestChanges } = home.data;
  return (
    <Page
      title={t('twinspace.home.title', { title: project.title })}
      intro={<p>{t(me.role === 'pupil' ? 'twinspace.home.introPupil' : 'twinspace.home.intro')}</p>}
      width="wide"
    >
      {project.status === 'closed' && <Alert tone="info" title={t('twinspace.readOnly')} />}
      <div className={styles.links}>
        <LinkButton href={materialsPath(id)}>{t('materials.name')}</LinkButton>
        {me.can.administer && (
          <>
            <LinkButton href={twinspacePupilsPath(id)} variant="secondary">
              {t('twinspace.pupils.title')}
            </LinkButton>
            <LinkButton href={projectPath(id)} variant="secondary">
              {t('twinspace.home.projectPage')}
            </LinkButton>
          </>
        )}
      </div>
      <div className={styles.homeGrid}>
        {attention.length > 0 && <Attention projectId={id} attention={attention} />}
        <PagesPanel projectId={id} canOrganise={me.can.administer && me.can.write} />
        <LatestChanges projectId={id} changes={latestChanges} />
      </div>
      <TwinspaceMembers home={home.data} myId={myId} />
    </Page>
  );
}

function Attention({ projectId, attention }: { projectId: string; attention: TwinspaceHome['attention'] }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('twinspace.home.attention')}>
      <ul className={styles.plainList}>
        {attention.map(({ kind, count }) => {
          const text = t(`twinspace.attention.${kind}`, { count });
          return <li key={kind}>{kind === 'first_page' ? text : <Link href={twinspacePupilsPath(projectId)}>{text}</Link>}</li>;
        })}
      </ul>
    </Panel>
  );
}

function LatestChanges({ projectId, changes }: { projectId: string; changes: TwinspaceHome['latestChanges'] }) {
  const { t, i18n } = useTranslation();
  const full = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Panel title={t('twinspace.home.changes')}>
      {changes.length === 0 ? (
        <p className={styles.muted}>{t('twinspace.home.noChanges')}</p>
      ) : (
        <ul className={styles.feed}>
          {changes.map((change) => {
            const text = changeText(t, change);
            const href = change.pageId
              ? twinspacePagePath(projectId, change.pageId)
              : change.kind === 'materials_added'
                ? materialsPath(projectId)
                : null;
            return (
              <li key={`${change.kind}-${change.pageId ?? change.title ?? ''}-${change.by ?? ''}-${change.at}`}>
                {href ? <Link href={href}>{text}</Link> : text}{' '}
                <time dateTime={change.at} title={full.format(new Date(change.at))}>
                  {formatWhen(change.at, i18n.language)}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

function changeText(t: TFunction, change: TwinspaceHome['latestChanges'][number]): string {
  const by = change.by ?? t('twinspace.home.someone');
  switch (change.kind) {
    case 'pupils_joined':
      return t('twinspace.changes.pupils_joined', { by, count: change.count ?? 0 });
    case 'materials_added':
      return change.title === null
        ? t('twinspace.changes.materials_added', { by, count: change.count ?? 0 })
        : t('twinspace.changes.materials_added_to_album', { by, count: change.count ?? 0, title: change.title });
    case 'page_created':
    case 'page_edited':
    case 'teacher_joined':
      return t(`twinspace.changes.${change.kind}`, { by, title: change.title ?? '' });
  }
}
