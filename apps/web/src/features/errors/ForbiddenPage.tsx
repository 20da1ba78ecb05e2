import { useTranslation } from 'react-i18next';
import { StatusPage } from './StatusPage.tsx';

/** A page that is not for this person: they read that they may not open it, and who may (`who`) when the page knows. */
export function ForbiddenPage({ who }: { who?: string | undefined }) {
  const { t } = useTranslation();
  return <StatusPage status={403} title={t('forbidden.title')} text={who ?? t('forbidden.text')} action={t('forbidden.action')} />;
}
