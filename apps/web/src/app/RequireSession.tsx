import type { Account, SessionResponse } from '@jumelage/contracts';
import { webPages } from '@jumelage/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../features/errors/ErrorState.tsx';
import { useSession } from '../features/accounts/use-session.ts';
import { ForbiddenPage } from './status-pages.ts';

/**
 * Shows its content to a signed-in person; a visitor is sent to the sign-in page, and a pupil who
 * still has the password of their card is sent to choose their own first (the API refuses
 * everything else until then). A page for some people only names what they may do (`may`, from
 * the account's `can`): anyone else gets the forbidden page, told `who` may open it.
 */
export function RequireSession({
  children,
  may,
  who,
}: {
  children: (session: SessionResponse) => ReactNode;
  may?: keyof Account['can'];
  who?: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to={webPages.signIn} replace />;
  if (session.data.account.passwordMustChange && pathname !== webPages.choosePassword)
    return <Navigate to={webPages.choosePassword} replace />;
  if (may && !session.data.account.can[may]) return <ForbiddenPage who={who} />;
  return children(session.data);
}
