import type { SessionResponse } from '@jumelage/contracts';
import { webPages } from '@jumelage/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState } from '../features/errors/ErrorState.tsx';
import { useSession } from '../features/accounts/use-session.ts';

/** Shows its content to a signed-in person; a visitor is sent to the sign-in page. */
export function RequireSession({ children }: { children: (session: SessionResponse) => ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to={webPages.signIn} replace />;
  return children(session.data);
}
