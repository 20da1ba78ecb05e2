import { pagesOperations, type PageDetail, type PageEditors, type PagePatch, type Visibility } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { CheckboxGroup } from '../../design/Checkbox.tsx';
import { Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { useTwinspaceHome } from '../twinspace/use-twinspace.ts';
import { usePageChange } from './use-pages.ts';
import styles from './Pages.module.css';

/** For the teachers: the page's title, who edits it, who is shown in it, who may see it. */
export function PageSettings({ projectId, detail }: { projectId: string; detail: PageDetail }) {
  const { t } = useTranslation();
  const pageId = detail.page.id;
  const change = usePageChange(projectId, pageId);
  const [title, setTitle] = useState(detail.page.title);
  const home = useTwinspaceHome(projectId);
  const pupils =
    home.data?.schools.flatMap((school) =>
      school.pupils.map((pupil) => ({
        value: pupil.id,
        label: `${pupil.firstName}${pupil.lastName ? ` ${pupil.lastName}` : ''} · ${school.name}`,
      })),
    ) ?? [];
  const patch = (body: PagePatch) => change.mutate(() => api.call(pagesOperations.edit, { params: { pageId }, body }));
  const blocked = detail.publicationBlockedBy;
  return (
    <Panel title={t('pages.settings')}>
      <div className={styles.settingsGrid}>
        <div className={styles.inlineForm}>
          <TextField label={t('pages.pageTitle')} value={title} onChange={setTitle} />
          <Button variant="secondary" isDisabled={title.trim() === '' || title === detail.page.title} onPress={() => patch({ title })}>
            {t('pages.rename')}
          </Button>
        </div>
        <Select
          label={t('pages.whoEdits')}
          value={detail.page.editors}
          onChange={(editors) => patch({ editors: editors as PageEditors })}
          options={(['everyone', 'teachers'] as const).map((id) => ({ id, label: t(`pages.editors.${id}`) }))}
        />
        <CheckboxGroup
          label={t('pages.pupilsShown')}
          description={t('pages.pupilsShownHint')}
          options={pupils}
          value={detail.taggedPupils.map((pupil) => pupil.id)}
          onChange={(pupilIds) => change.mutate(() => api.call(pagesOperations.tagPupils, { params: { pageId }, body: { pupilIds } }))}
        />
        <div>
          <Select
            label={t('pages.whoSees')}
            value={detail.page.visibility}
            onChange={(visibility) => patch({ visibility: visibility as Visibility })}
            options={(['members', 'public'] as const).map((id) => ({ id, label: t(`pages.visibility.${id}`) }))}
          />
          {blocked.length > 0 && (
            <Alert tone="info" title={t('pages.cannotPublish')}>
              <p>
                {t('pages.missingConsent', {
                  names: blocked.map((pupil) => `${pupil.firstName} (${pupil.schoolName})`).join(', '),
                  count: blocked.length,
                })}
              </p>
            </Alert>
          )}
        </div>
      </div>
      {change.isError && <ErrorState error={change.error} />}
    </Panel>
  );
}
