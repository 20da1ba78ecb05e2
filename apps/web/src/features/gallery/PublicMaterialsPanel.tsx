import { galleryOperations, type PublicMaterial } from '@jumelage/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Button, LinkButton } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Panel } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { materialFileUrl, materialThumbnailUrl } from '../materials/use-materials.ts';
import styles from './Gallery.module.css';

/** The project's public materials, newest first, a page at a time. */
function usePublicMaterials(projectId: string) {
  return useInfiniteQuery({
    queryKey: ['gallery', projectId, 'materials'],
    queryFn: ({ pageParam, signal }) =>
      api.call(galleryOperations.materials, { params: { id: projectId }, query: { after: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Pictures shown small, every file to download; who made them or is in them is never said. */
export function PublicMaterialsPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const found = usePublicMaterials(projectId);
  const materials = found.data?.pages.flatMap((page) => page.materials) ?? [];
  return (
    <Panel title={t('gallery.materials')}>
      {found.isPending && <p role="status">{t('app.loading')}</p>}
      {found.isError && <ErrorState error={found.error} onRetry={() => void found.refetch()} />}
      {found.isSuccess && materials.length === 0 && (
        <EmptyState>
          <p>{t('gallery.noMaterials')}</p>
        </EmptyState>
      )}
      {materials.length > 0 && (
        <ul className={styles.materials} aria-busy={found.isFetching}>
          {materials.map((material) => (
            <PublicMaterialCard key={material.id} material={material} />
          ))}
        </ul>
      )}
      {found.hasNextPage && (
        <Button variant="secondary" isDisabled={found.isFetching} onPress={() => void found.fetchNextPage()}>
          {t('gallery.moreMaterials')}
        </Button>
      )}
    </Panel>
  );
}

function PublicMaterialCard({ material }: { material: PublicMaterial }) {
  const { t } = useTranslation();
  const name = material.title ?? material.originalName;
  return (
    <li className={styles.material}>
      {material.hasThumbnail ? (
        <img className={styles.thumbnail} src={materialThumbnailUrl(material.id)} alt="" loading="lazy" />
      ) : (
        <span className={styles.kindBox} aria-hidden="true">
          {t(`materials.kinds.${material.kind}`)}
        </span>
      )}
      <h3 className={styles.materialTitle}>{name}</h3>
      <p className={styles.meta}>
        {t(`materials.kinds.${material.kind}`)}
        {material.albumTitle && <> · {t('gallery.album', { title: material.albumTitle })}</>}
      </p>
      <LinkButton href={materialFileUrl(material.id)} download variant="secondary">
        {t('gallery.download')}
        <span className="visually-hidden"> {material.originalName}</span>
      </LinkButton>
    </li>
  );
}
