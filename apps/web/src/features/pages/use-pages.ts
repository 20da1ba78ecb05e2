import type { PageDetail, PageTree, PageVersion, PageVersions } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';

export const pageTreeKey = (projectId: string) => ['twinspace-pages', projectId] as const;
const pageKey = (pageId: string) => ['twinspace-page', pageId] as const;

export function usePageTree(projectId: string) {
  return useQuery({ queryKey: pageTreeKey(projectId), queryFn: ({ signal }) => getJson<PageTree>(`/api/projects/${projectId}/pages`, signal) });
}

export function usePage(pageId: string) {
  return useQuery({ queryKey: pageKey(pageId), queryFn: ({ signal }) => getJson<PageDetail>(`/api/pages/${pageId}`, signal) });
}

export function usePageVersions(pageId: string, enabled: boolean) {
  return useQuery({ queryKey: ['twinspace-page-versions', pageId], queryFn: ({ signal }) => getJson<PageVersions>(`/api/pages/${pageId}/versions`, signal), enabled });
}

export function usePageVersion(pageId: string, versionId: string | null) {
  return useQuery({
    queryKey: ['twinspace-page-version', pageId, versionId],
    queryFn: ({ signal }) => getJson<PageVersion>(`/api/pages/${pageId}/versions/${versionId}`, signal),
    enabled: versionId !== null,
  });
}

type Change = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

/** A change to a page or the tree; then the tree, the page and its history are read again. */
export function usePageChange<Answer = void>(projectId: string, pageId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Change) => sendJson<Answer>(method, path, body),
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
