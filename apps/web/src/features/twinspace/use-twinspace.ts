import { pupilsOperations, twinspaceOperations } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, runCall } from '../../api/client.ts';

const homeKey = (id: string) => ['twinspace', id] as const;

/** A TwinSpace's home: also tells the other pages of the TwinSpace who I am in it and what I may do. */
export function useTwinspaceHome(id: string) {
  return useQuery({ queryKey: homeKey(id), queryFn: ({ signal }) => api.call(twinspaceOperations.home, { params: { id }, signal }) });
}

export function useMyTwinspaces() {
  return useQuery({ queryKey: ['my-twinspaces'], queryFn: ({ signal }) => api.call(twinspaceOperations.listMine, { signal }) });
}

/** The pupils of my school: those in this project, or all of them (to add some). */
export function useSchoolPupils(id: string, scope: 'project' | 'school') {
  return useQuery({
    queryKey: ['twinspace-pupils', id, scope],
    queryFn: ({ signal }) => api.call(pupilsOperations.ofMySchool, { params: { id }, query: { scope }, signal }),
  });
}

/** After a change to who is in a TwinSpace: its home, its pupils and my list read it again. */
export async function refreshTwinspace(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: homeKey(id) }),
    queryClient.invalidateQueries({ queryKey: ['twinspace-pupils', id] }),
    queryClient.invalidateQueries({ queryKey: ['my-twinspaces'] }),
    queryClient.invalidateQueries({ queryKey: ['project', id] }),
  ]);
}

/**
 * A change to a TwinSpace's people (or a pupil's account), given as the call that makes it; then
 * everything that shows them is read again.
 */
export function useTwinspaceChange<Answer = unknown>(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCall<Answer>,
    onSettled: () => refreshTwinspace(queryClient, id),
  });
}
