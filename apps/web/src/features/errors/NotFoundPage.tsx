import { useTranslation } from 'react-i18next';
import { StatusPage } from './StatusPage.tsx';

/** A page that does not exist, or whose subject does not exist for this person. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage status={404} title={t('notFound.title')} text={t('notFound.text')} action={t('notFound.action')} />;
}
