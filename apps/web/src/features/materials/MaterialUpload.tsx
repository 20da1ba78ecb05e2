import { acceptedFileExtensions, materialsOperations, type Album, type StorageLimits } from '@jumelage/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { uploadFile } from '../../api/upload.ts';
import { Button } from '../../design/Button.tsx';
import { Panel } from '../../design/Page.tsx';
import { Meter, ProgressBar } from '../../design/ProgressBar.tsx';
import { Select } from '../../design/Select.tsx';
import { formatSize } from './format-size.ts';
import { materialsKey } from './use-materials.ts';
import styles from './Materials.module.css';

type Upload = { key: string; name: string; fraction: number; state: 'waiting' | 'sending' | 'done' | 'failed'; problem?: string };

const noAlbum = 'none';

/** What the project may still store, and how much it already does: stated before anyone uploads. */
export function StorageUse({ limits }: { limits: StorageLimits }) {
  const { t, i18n } = useTranslation();
  const size = (bytes: number) => formatSize(bytes, i18n.language);
  return (
    <Panel title={t('materials.limits.title')}>
      <p className={styles.muted}>{t('materials.limits.perFile', { max: size(limits.maxFileBytes) })}</p>
      <Meter
        label={t('materials.limits.used')}
        value={(limits.usedBytes / limits.projectQuotaBytes) * 100}
        valueLabel={t('materials.limits.usedValue', { used: size(limits.usedBytes), quota: size(limits.projectQuotaBytes) })}
      />
    </Panel>
  );
}

/**
 * Files are sent one after the other, each with a bar of how much has gone. Files over the limits
 * are refused here at once; the server checks again, and checks the content.
 */
export function MaterialUpload({ projectId, albums, limits }: { projectId: string; albums: Album[]; limits: StorageLimits }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [albumId, setAlbumId] = useState(noAlbum);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const size = (bytes: number) => formatSize(bytes, i18n.language);
  const update = (key: string, change: Partial<Upload>) =>
    setUploads((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const problemWith = (file: File, used: number): string | undefined => {
    if (file.size === 0) return t('materials.upload.empty', { name: file.name });
    if (file.size > limits.maxFileBytes) return t('materials.upload.tooLarge', { name: file.name, max: size(limits.maxFileBytes) });
    if (used + file.size > limits.projectQuotaBytes)
      return t('materials.upload.projectFull', { name: file.name, left: size(Math.max(0, limits.projectQuotaBytes - used)) });
    return undefined;
  };

  const explain = (error: unknown, file: File): string => {
    const code = error instanceof ApiError ? error.code : 'internal_error';
    if (code === 'unsupported_media_type') return t('materials.upload.unsupported', { name: file.name });
    if (code === 'payload_too_large') return t('materials.upload.tooLarge', { name: file.name, max: size(limits.maxFileBytes) });
    return t('materials.upload.failed', {
      name: file.name,
      reason: t(`errors.${code}`, { requestId: error instanceof ApiError ? (error.requestId ?? '—') : '—' }),
    });
  };

  const send = async (files: File[]) => {
    const batch = files.map((file, index): Upload => ({ key: `${Date.now()}-${index}`, name: file.name, fraction: 0, state: 'waiting' }));
    setUploads((list) => [...batch, ...list.filter((item) => item.state !== 'done')]);
    let used = limits.usedBytes;
    for (const [index, file] of files.entries()) {
      const { key } = batch[index]!;
      const problem = problemWith(file, used);
      if (problem) {
        update(key, { state: 'failed', problem });
        continue;
      }
      update(key, { state: 'sending' });
      try {
        const query = { name: file.name, albumId: albumId === noAlbum ? undefined : albumId };
        await uploadFile(materialsOperations.upload, { params: { id: projectId }, query }, file, (fraction) => update(key, { fraction }));
        used += file.size;
        update(key, { state: 'done', fraction: 1 });
      } catch (error) {
        update(key, { state: 'failed', problem: explain(error, file) });
      }
      await queryClient.invalidateQueries({ queryKey: materialsKey(projectId) });
    }
  };

  return (
    <Panel title={t('materials.upload.title')}>
      <p className={styles.muted}>{t('materials.upload.accepted')}</p>
      {albums.length > 0 && (
        <Select
          label={t('materials.upload.album')}
          options={[
            { id: noAlbum, label: t('materials.upload.noAlbum') },
            ...albums.map((album) => ({ id: album.id, label: album.title })),
          ]}
          value={albumId}
          onChange={setAlbumId}
        />
      )}
      <div>
        <FileTrigger allowsMultiple acceptedFileTypes={acceptedFileExtensions} onSelect={(list) => list && void send([...list])}>
          <Button isDisabled={uploads.some((item) => item.state === 'sending' || item.state === 'waiting')}>
            {t('materials.upload.choose')}
          </Button>
        </FileTrigger>
      </div>
      {uploads.length > 0 && (
        <ul className={styles.uploads} aria-label={t('materials.upload.list')}>
          {uploads.map((item) => (
            <li key={item.key}>
              <UploadRow upload={item} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function UploadRow({ upload }: { upload: Upload }) {
  const { t, i18n } = useTranslation();
  if (upload.state === 'failed') {
    return (
      <p role="alert" className={styles.problem}>
        {upload.problem}
      </p>
    );
  }
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(upload.fraction);
  return (
    <>
      <ProgressBar
        label={upload.name}
        value={upload.fraction * 100}
        valueLabel={upload.state === 'done' ? t('materials.upload.done') : percent}
      />
      <span role="status" className="visually-hidden">
        {upload.state === 'done' ? t('materials.upload.doneFor', { name: upload.name }) : ''}
      </span>
    </>
  );
}
