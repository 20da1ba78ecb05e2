import type { MaterialsPage as MaterialsAnswer, TwinspaceHome } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { twinspacePath } from '../projects/project-links.ts';
import { MaterialAlbums } from './MaterialAlbums.tsx';
import { MaterialCard, type PupilChoice } from './MaterialCard.tsx';
import { MaterialUpload, StorageUse } from './MaterialUpload.tsx';
import { useMaterials } from './use-materials.ts';
import { useTwinspaceHome } from '../twinspace/use-twinspace.ts';
import styles from './Materials.module.css';

/** The TwinSpace's materials: files in albums, members-only or public, for its teachers and pupils. */
export function MaterialsPage() {
  const { id = '' } = useParams();
  return <RequireSession>{() => <Materials id={id} />}</RequireSession>;
}

const allAlbums = 'all';

function Materials({ id }: { id: string }) {
  const { t } = useTranslation();
  const home = useTwinspaceHome(id);
  const [albumId, setAlbumId] = useState<string | null>(null);
  const materials = useMaterials(id, albumId);
  usePageTitle(home.data ? t('materials.title', { title: home.data.project.title }) : t('materials.name'));
  const pages = materials.data?.pages ?? [];
  const first = pages[0];
  const failed = home.error ?? materials.error;
  return (
    <Page
      title={home.data ? t('materials.title', { title: home.data.project.title }) : t('materials.name')}
      intro={<p>{t('materials.intro')}</p>}
      width="wide"
    >
      <div className={styles.links}>
        <LinkButton href={twinspacePath(id)} variant="secondary">
          {t('materials.backHome')}
        </LinkButton>
      </div>
      {failed && <ErrorState error={failed} onRetry={() => void Promise.all([home.refetch(), materials.refetch()])} />}
      {!failed && (!first || !home.data) && <p role="status">{t('app.loading')}</p>}
      {home.data?.project.status === 'closed' && <Alert tone="info" title={t('materials.readOnly')} />}
      {first && home.data && (
        <div className={styles.layout}>
          {first.can.upload && (
            <div className={styles.upload}>
              <MaterialUpload projectId={id} albums={first.albums} limits={first.limits} />
            </div>
          )}
          <div className={styles.storage}>
            <StorageUse limits={first.limits} />
          </div>
          <div className={styles.list}>
            <Panel title={t('materials.list.title')}>
              {first.albums.length > 0 && (
                <Select
                  label={t('materials.albums.filter')}
                  options={[
                    { id: allAlbums, label: t('materials.albums.all') },
                    ...first.albums.map((album) => ({
                      id: album.id,
                      label: t('materials.albums.count', { title: album.title, count: album.materialCount }),
                    })),
                  ]}
                  value={albumId ?? allAlbums}
                  onChange={(chosen) => setAlbumId(chosen === allAlbums ? null : chosen)}
                />
              )}
              <MaterialGrid id={id} pages={pages} pupils={pupilChoices(home.data)} canUpload={first.can.upload} />
              {materials.hasNextPage && (
                <div>
                  <Button variant="secondary" onPress={() => void materials.fetchNextPage()} isDisabled={materials.isFetchingNextPage}>
                    {t('materials.list.more')}
                  </Button>
                </div>
              )}
            </Panel>
          </div>
          {first.can.manageAlbums && (
            <div className={styles.albums}>
              <MaterialAlbums projectId={id} albums={first.albums} />
            </div>
          )}
        </div>
      )}
    </Page>
  );
}

function pupilChoices(home: TwinspaceHome): PupilChoice[] {
  return home.schools.flatMap((school) => school.pupils.map((pupil) => ({ id: pupil.id, label: `${pupil.firstName} (${school.name})` })));
}

function MaterialGrid({
  id,
  pages,
  pupils,
  canUpload,
}: {
  id: string;
  pages: MaterialsAnswer[];
  pupils: PupilChoice[];
  canUpload: boolean;
}) {
  const { t } = useTranslation();
  const all = pages.flatMap((page) => page.materials);
  if (all.length === 0) {
    return (
      <EmptyState>
        <p>{t(canUpload ? 'materials.list.noneCanUpload' : 'materials.list.none')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className={styles.grid}>
      {all.map((material) => (
        <MaterialCard key={material.id} projectId={id} material={material} pupils={pupils} />
      ))}
    </ul>
  );
}
