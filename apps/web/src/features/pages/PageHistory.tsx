import { pagesOperations } from '@jumelage/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Button } from '../../design/Button.tsx';
import { ConfirmButton } from '../../design/ConfirmButton.tsx';
import { Panel } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { formatWhen } from '../twinspace/format-dates.ts';
import { usePageChange, usePageVersion, usePageVersions } from './use-pages.ts';
import styles from './Pages.module.css';

/** Earlier versions of the page; a teacher brings one back for everyone. */
export function PageHistory({ pageId, canRestore }: { pageId: string; canRestore: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const versions = usePageVersions(pageId, open);
  const version = usePageVersion(pageId, chosen);
  const restore = usePageChange('', pageId);
  if (!open) {
    return (
      <Button variant="secondary" onPress={() => setOpen(true)}>
        {t('pages.history')}
      </Button>
    );
  }
  return (
    <Panel title={t('pages.history')}>
      {versions.isError && <ErrorState error={versions.error} />}
      {versions.data?.versions.length === 0 && <p className={styles.muted}>{t('pages.noVersions')}</p>}
      <ol className={styles.versions}>
        {versions.data?.versions.map((item) => (
          <li key={item.id}>
            <Button variant={chosen === item.id ? 'primary' : 'quiet'} onPress={() => setChosen(item.id)}>
              {formatWhen(item.savedAt, i18n.language)}
            </Button>{' '}
            {item.restoredFrom
              ? t('pages.restoredVersion')
              : t('pages.versionBy', { names: item.authors.join(', ') || t('pages.someone') })}
            {item.published && <span className={styles.badge}>{t('pages.publishedVersion')}</span>}
          </li>
        ))}
      </ol>
      {version.data && (
        <div>
          {/* The server rendered this HTML from the page schema and sanitised it (sanitize-html). */}
          <div className={styles.preview} dangerouslySetInnerHTML={{ __html: version.data.html }} />
          {canRestore && (
            <ConfirmButton
              label={t('pages.restore')}
              confirmLabel={t('pages.restoreConfirm')}
              cancelLabel={t('pages.cancel')}
              onConfirm={() =>
                restore.mutate(() => api.call(pagesOperations.restoreVersion, { params: { pageId, versionId: version.data.id } }))
              }
            />
          )}
          {restore.isError && <ErrorState error={restore.error} />}
        </div>
      )}
    </Panel>
  );
}
