import { materialsOperations, type Album } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Button } from '../../design/Button.tsx';
import { ConfirmButton } from '../../design/ConfirmButton.tsx';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useMaterialChange } from './use-materials.ts';
import styles from './Materials.module.css';

const maxTitle = 120;

/** The teachers sort the materials into albums: create, rename, delete (the materials stay). */
export function MaterialAlbums({ projectId, albums }: { projectId: string; albums: Album[] }) {
  const { t } = useTranslation();
  const change = useMaterialChange(projectId);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Panel title={t('materials.albums.title')}>
      {albums.length === 0 ? (
        <p className={styles.muted}>{t('materials.albums.none')}</p>
      ) : (
        <ul className={styles.albumList}>
          {albums.map((album) => (
            <li key={album.id} className={styles.albumItem}>
              {editing === album.id ? (
                <AlbumTitleForm
                  label={t('materials.albums.renameLabel', { title: album.title })}
                  initial={album.title}
                  submitLabel={t('materials.albums.save')}
                  isPending={change.isPending}
                  onCancel={() => setEditing(null)}
                  onSave={(title) =>
                    change.mutate(() => api.call(materialsOperations.renameAlbum, { params: { albumId: album.id }, body: { title } }), {
                      onSuccess: () => setEditing(null),
                    })
                  }
                />
              ) : (
                <>
                  <span>{t('materials.albums.count', { title: album.title, count: album.materialCount })}</span>
                  <span className={styles.actions}>
                    <Button variant="quiet" onPress={() => setEditing(album.id)}>
                      {t('materials.albums.rename')}
                      <span className="visually-hidden"> {album.title}</span>
                    </Button>
                    <ConfirmButton
                      variant="quiet"
                      label={t('materials.albums.delete')}
                      accessibleLabel={t('twinspace.actionFor', { action: t('materials.albums.delete'), name: album.title })}
                      confirmLabel={t('materials.albums.confirmDelete')}
                      cancelLabel={t('materials.cancel')}
                      isDisabled={change.isPending}
                      onConfirm={() => change.mutate(() => api.call(materialsOperations.removeAlbum, { params: { albumId: album.id } }))}
                    />
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <AlbumTitleForm
        key={albums.length}
        label={t('materials.albums.newTitle')}
        initial=""
        submitLabel={t('materials.albums.create')}
        isPending={change.isPending}
        onSave={(title) => change.mutate(() => api.call(materialsOperations.createAlbum, { params: { id: projectId }, body: { title } }))}
      />
      {change.isError && <ErrorState error={change.error} />}
    </Panel>
  );
}

type AlbumTitleFormProps = {
  label: string;
  initial: string;
  submitLabel: string;
  isPending: boolean;
  onSave: (title: string) => void;
  onCancel?: () => void;
};

function AlbumTitleForm({ label, initial, submitLabel, isPending, onSave, onCancel }: AlbumTitleFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const trimmed = title.trim();
    setInvalid(trimmed.length === 0 || trimmed.length > maxTitle);
    if (trimmed.length > 0 && trimmed.length <= maxTitle) onSave(trimmed);
  };
  return (
    <Form onSubmit={submit} label={label}>
      <TextField
        label={label}
        value={title}
        onChange={setTitle}
        errorMessage={invalid ? t('materials.albums.invalidTitle', { max: maxTitle }) : undefined}
      />
      {onCancel ? (
        <SubmitOrCancel submitLabel={submitLabel} cancelLabel={t('materials.cancel')} isDisabled={isPending} onCancel={onCancel} />
      ) : (
        <div>
          <Button type="submit" isDisabled={isPending}>
            {submitLabel}
          </Button>
        </div>
      )}
    </Form>
  );
}
