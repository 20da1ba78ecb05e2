import { materialsOperations, type Material, type TaggedPupil, type Visibility } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Button, LinkButton } from '../../design/Button.tsx';
import { CheckboxGroup } from '../../design/Checkbox.tsx';
import { ConfirmButton } from '../../design/ConfirmButton.tsx';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { formatSize } from './format-size.ts';
import { materialFileUrl, materialThumbnailUrl, useMaterialChange } from './use-materials.ts';
import styles from './Materials.module.css';

/** A pupil of the TwinSpace who can be tagged: first name and school, as every member sees them. */
export type PupilChoice = { id: string; label: string };

function pupilNames(pupils: TaggedPupil[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(pupils.map((pupil) => `${pupil.firstName} (${pupil.schoolName})`));
}

/** One material: its picture or kind, who added it, who is shown in it, and what I may do with it. */
export function MaterialCard({ projectId, material, pupils }: { projectId: string; material: Material; pupils: PupilChoice[] }) {
  const { t, i18n } = useTranslation();
  const change = useMaterialChange(projectId);
  const [tagging, setTagging] = useState(false);
  const name = material.title ?? material.originalName;
  const params = { materialId: material.id };
  const show = (visibility: Visibility) =>
    change.mutate(() => api.call(materialsOperations.setVisibility, { params, body: { visibility } }));
  const blocked = material.publicationBlockedBy;
  const blockedNoteId = `blocked-${material.id}`;
  return (
    <li className={styles.card}>
      {material.hasThumbnail ? (
        <img className={styles.thumbnail} src={materialThumbnailUrl(material.id)} alt="" loading="lazy" />
      ) : (
        <span className={styles.kindBox} aria-hidden="true">
          {t(`materials.kinds.${material.kind}`)}
        </span>
      )}
      <div className={styles.cardHeader}>
        <h3 className={styles.cardTitle}>{name}</h3>
        <span className={material.visibility === 'public' ? styles.publicBadge : styles.badge}>
          {t(`materials.visibility.${material.visibility}`)}
        </span>
      </div>
      <p className={styles.meta}>
        {t(`materials.kinds.${material.kind}`)} · {formatSize(material.sizeBytes, i18n.language)}
        {material.uploadedBy && <> · {t('materials.uploadedBy', { name: material.uploadedBy.name })}</>}
      </p>
      {material.taggedPupils.length > 0 && (
        <p className={styles.meta}>{t('materials.shows', { names: pupilNames(material.taggedPupils, i18n.language) })}</p>
      )}
      {material.can.changeVisibility && material.visibility === 'members' && blocked.length > 0 && (
        <p id={blockedNoteId} className={styles.blocked}>
          {t('materials.blockedBy', { count: blocked.length, names: pupilNames(blocked, i18n.language) })}
        </p>
      )}
      <div className={styles.actions}>
        <LinkButton href={materialFileUrl(material.id)} download variant="secondary">
          {t('materials.download')}
          <span className="visually-hidden"> {material.originalName}</span>
        </LinkButton>
        {material.can.tag && !tagging && (
          <Button variant="secondary" onPress={() => setTagging(true)}>
            {t('materials.tag')}
          </Button>
        )}
        {material.can.changeVisibility &&
          (material.visibility === 'members' ? (
            <Button
              variant="secondary"
              isDisabled={blocked.length > 0 || change.isPending}
              aria-describedby={blocked.length > 0 ? blockedNoteId : undefined}
              onPress={() => show('public')}
            >
              {t('materials.makePublic')}
            </Button>
          ) : (
            <Button variant="secondary" isDisabled={change.isPending} onPress={() => show('members')}>
              {t('materials.makeMembersOnly')}
            </Button>
          ))}
        {material.can.delete && (
          <ConfirmButton
            label={t('materials.delete')}
            accessibleLabel={t('twinspace.actionFor', { action: t('materials.delete'), name })}
            confirmLabel={t('materials.confirmDelete')}
            cancelLabel={t('materials.cancel')}
            isDisabled={change.isPending}
            onConfirm={() => change.mutate(() => api.call(materialsOperations.remove, { params }))}
          />
        )}
      </div>
      {tagging && (
        <TagPupils
          material={material}
          pupils={pupils}
          isPending={change.isPending}
          onCancel={() => setTagging(false)}
          onSave={(pupilIds) =>
            change.mutate(() => api.call(materialsOperations.tagPupils, { params, body: { pupilIds } }), {
              onSuccess: () => setTagging(false),
            })
          }
        />
      )}
      {change.isError && <ErrorState error={change.error} />}
    </li>
  );
}

type TagPupilsProps = {
  material: Material;
  pupils: PupilChoice[];
  isPending: boolean;
  onCancel: () => void;
  onSave: (pupilIds: string[]) => void;
};

function TagPupils({ material, pupils, isPending, onCancel, onSave }: TagPupilsProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(material.taggedPupils.map((pupil) => pupil.id));
  if (pupils.length === 0) {
    return (
      <div className={styles.actions}>
        <p className={styles.meta}>{t('materials.noPupils')}</p>
        <Button variant="quiet" onPress={onCancel}>
          {t('materials.cancel')}
        </Button>
      </div>
    );
  }
  return (
    <Form onSubmit={() => onSave(chosen)} label={t('materials.tagLabel', { name: material.title ?? material.originalName })}>
      <CheckboxGroup
        label={t('materials.tag')}
        description={t('materials.tagHint')}
        options={pupils.map((pupil) => ({ value: pupil.id, label: pupil.label }))}
        value={chosen}
        onChange={setChosen}
      />
      <SubmitOrCancel
        submitLabel={t('materials.saveTags')}
        cancelLabel={t('materials.cancel')}
        isDisabled={isPending}
        onCancel={onCancel}
      />
    </Form>
  );
}
