import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../design/Alert.tsx';
import { Page } from '../design/Page.tsx';
import { RequireSession } from './RequireSession.tsx';
import { ForbiddenPage } from './status-pages.ts';
import { usePageTitle } from './use-page-title.ts';

/**
 * Pages for validated teachers: a teacher not validated yet is told why they cannot use them yet;
 * anyone else (a pupil, an officer) may not open them.
 */
export function RequireTeacherTools({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSession>
      {(session) => {
        if (session.account.can.useTeacherTools) return children;
        // The role chooses the explanation, not the access: only a teacher's account is ever validated.
        if (session.account.role !== 'teacher') return <ForbiddenPage who={t('forbidden.teachers')} />;
        return <NotValidatedYet title={title} />;
      }}
    </RequireSession>
  );
}

function NotValidatedYet({ title }: { title: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Page title={title}>
      <Alert tone="info" title={t('partners.notYet')} />
    </Page>
  );
}

/** A whole page for validated teachers: its title (a translation key) names the tab and the page. */
export function TeacherToolsPage({ titleKey, children }: { titleKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireTeacherTools title={t(titleKey)}>
      <TitledPage title={t(titleKey)}>{children}</TitledPage>
    </RequireTeacherTools>
  );
}

/** Names the tab only once the page is shown: a forbidden page in its place names it itself. */
function TitledPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return children;
}
