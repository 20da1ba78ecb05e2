import { accountsOperations, type SessionResponse } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, rememberCsrfToken } from '../../api/client.ts';
import { changeLanguage } from '../../i18n/i18n.ts';

const sessionKey = ['session'] as const;

/** The signed-in person, or null for a visitor. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      const { session } = await api.call(accountsOperations.readSession, { signal });
      rememberCsrfToken(session?.csrfToken);
      return session;
    },
    staleTime: 60_000,
  });
}

/** A teacher or an officer signs in with their e-mail address. */
export function useSignIn() {
  return useOpenSession((credentials: { email: string; password: string }) => api.call(accountsOperations.signIn, { body: credentials }));
}

/** A pupil signs in with the username and password of their card. */
export function usePupilSignIn() {
  return useOpenSession((credentials: { username: string; password: string }) =>
    api.call(accountsOperations.signInPupil, { body: credentials }),
  );
}

function useOpenSession<Credentials>(signIn: (credentials: Credentials) => Promise<SessionResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
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
    mutationFn: () => api.call(accountsOperations.signOut),
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
