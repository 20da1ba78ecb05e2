import type { CurrentSessionResponse, SessionResponse } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, rememberCsrfToken, sendJson } from '../../api/client.ts';
import { changeLanguage } from '../../i18n/i18n.ts';

const sessionKey = ['session'] as const;

/** The signed-in person, or null for a visitor. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      const { session } = await getJson<CurrentSessionResponse>('/api/session', signal);
      rememberCsrfToken(session?.csrfToken);
      return session;
    },
    staleTime: 60_000,
  });
}

/** A teacher or an officer signs in with their e-mail address. */
export function useSignIn() {
  return useOpenSession<{ email: string; password: string }>('/api/session');
}

/** A pupil signs in with the username and password of their card. */
export function usePupilSignIn() {
  return useOpenSession<{ username: string; password: string }>('/api/session/pupil');
}

function useOpenSession<Credentials>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => sendJson<SessionResponse>('POST', path, credentials),
    onSuccess: async (session) => {
      rememberCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
      await changeLanguage(session.account.language);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendJson<void>('DELETE', '/api/session'),
    onSettled: () => {
      rememberCsrfToken(undefined);
      queryClient.setQueryData(sessionKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'countries' });
    },
  });
}

export function useSetAccount() {
  const queryClient = useQueryClient();
  return (account: SessionResponse['account']) =>
    queryClient.setQueryData<SessionResponse | null>(sessionKey, (session) => (session ? { ...session, account } : session));
}
