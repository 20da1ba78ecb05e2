import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ApiError } from '../api/client.ts';
import { ForbiddenPage, NotFoundPage } from './status-pages.ts';

/** Why a whole page is not shown: nothing is there for this person, or it is not theirs to open. */
export type Refusal = 'not_found' | 'forbidden';

/** The refusal a failed load stands for, if the server refused it as not found (404) or forbidden (403). */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.code === 'not_found' || error.code === 'forbidden' ? error.code : undefined;
}

const RefusePage = createContext<(refusal: Refusal) => void>(() => undefined);

/** How a page's failed load gives way to the not-found or the forbidden page (ErrorState uses it). */
export function useRefusePage(): (refusal: Refusal) => void {
  return useContext(RefusePage);
}

/**
 * The page at the address, unless one of its loads was refused as not found or forbidden: then the
 * not-found or the forbidden page, until the address changes.
 */
export function PageRefusals({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [refused, setRefused] = useState<{ refusal: Refusal; pathname: string }>();
  const refuse = useCallback((refusal: Refusal) => setRefused({ refusal, pathname }), [pathname]);
  if (refused && refused.pathname !== pathname) setRefused(undefined);
  const Refused = refused?.pathname === pathname ? { not_found: NotFoundPage, forbidden: ForbiddenPage }[refused.refusal] : undefined;
  return <RefusePage value={refuse}>{Refused ? <Refused /> : children}</RefusePage>;
}
