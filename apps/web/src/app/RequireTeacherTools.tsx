import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../design/Alert.tsx';
import { Page } from '../design/Page.tsx';
import { RequireSession } from './RequireSession.tsx';
import { usePageTitle } from './use-page-title.ts';

/** Pages for validated teachers: anyone else signed in is told why they cannot use them yet. */
export function RequireTeacherTools({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSession>
      {(session) =>
        session.account.can.useTeacherTools ? (
          children
        ) : (
          <Page title={title}>
            <Alert tone="info" title={t('partners.notYet')} />
          </Page>
        )
      }
    </RequireSession>
  );
}

/** A whole page for validated teachers: its title (a translation key) names the tab and the page. */
export function TeacherToolsPage({ titleKey, children }: { titleKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(t(titleKey));
  return <RequireTeacherTools title={t(titleKey)}>{children}</RequireTeacherTools>;
}
