import { pagesOperations, type PageDetail } from '@jumelage/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { formatWhen } from '../twinspace/format-dates.ts';
import { usePageChange } from './use-pages.ts';

/**
 * What the public sees of a public page: the version a teacher published. Edits made since (the
 * server's word, or what was typed since this page opened) wait for a teacher to publish them.
 */
export function PublicationNotice({
  projectId,
  detail,
  editedSinceOpened,
  onPublished,
}: {
  projectId: string;
  detail: PageDetail;
  editedSinceOpened: boolean;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation();
  const publish = usePageChange(projectId, detail.page.id);
  const { publication } = detail;
  if (!publication) return null;
  const when = formatWhen(publication.publishedAt, i18n.language);
  const publishedBy = publication.publishedBy ?? t('pages.someone');
  if (publication.upToDate && !editedSinceOpened) return <Alert tone="info" title={t('pages.publicUpToDate', { when, publishedBy })} />;
  return (
    <Alert tone="info" title={t('pages.publicEarlierVersion', { when, publishedBy })}>
      <p>{t('pages.changesWaitForTeacher')}</p>
      {detail.can.administer && (
        <div>
          <Button
            variant="secondary"
            isPending={publish.isPending}
            onPress={() =>
              publish.mutate(() => api.call(pagesOperations.edit, { params: { pageId: detail.page.id }, body: { visibility: 'public' } }), {
                onSuccess: onPublished,
              })
            }
          >
            {t('pages.publishCurrent')}
          </Button>
        </div>
      )}
      {publish.isError && <ErrorState error={publish.error} />}
    </Alert>
  );
}
