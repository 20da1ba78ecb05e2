import { pagesOperations } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, runCall } from '../../api/client.ts';

export const pageTreeKey = (projectId: string) => ['twinspace-pages', projectId] as const;
const pageKey = (pageId: string) => ['twinspace-page', pageId] as const;

export function usePageTree(projectId: string) {
  return useQuery({
    queryKey: pageTreeKey(projectId),
    queryFn: ({ signal }) => api.call(pagesOperations.tree, { params: { id: projectId }, signal }),
  });
}

export function usePage(pageId: string) {
  return useQuery({ queryKey: pageKey(pageId), queryFn: ({ signal }) => api.call(pagesOperations.read, { params: { pageId }, signal }) });
}

export function usePageVersions(pageId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['twinspace-page-versions', pageId],
    queryFn: ({ signal }) => api.call(pagesOperations.versions, { params: { pageId }, signal }),
    enabled,
  });
}

export function usePageVersion(pageId: string, versionId: string | null) {
  return useQuery({
    queryKey: ['twinspace-page-version', pageId, versionId],
    queryFn: ({ signal }) => api.call(pagesOperations.version, { params: { pageId, versionId: versionId ?? '' }, signal }),
    enabled: versionId !== null,
  });
}

/** A change to a page or the tree, given as the call that makes it; then the tree, the page and its history are read again. */
export function usePageChange<Answer = unknown>(projectId: string, pageId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCall<Answer>,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: pageTreeKey(projectId) });
      await queryClient.invalidateQueries({ queryKey: ['twinspace', projectId] });
      if (pageId) {
        await queryClient.invalidateQueries({ queryKey: pageKey(pageId) });
        await queryClient.invalidateQueries({ queryKey: ['twinspace-page-versions', pageId] });
      }
    },
  });
}
