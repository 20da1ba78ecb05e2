import { webPages, type MaterialsPage } from '@jumelage/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { getJson, sendJson } from '../../api/client.ts';

export const materialsPath = (id: string) => webPages.twinspaceMaterials.replace(':id', id);
export const materialFileUrl = (materialId: string) => `/api/materials/${materialId}/file`;
export const materialThumbnailUrl = (materialId: string) => `/api/materials/${materialId}/thumbnail`;

export const materialsKey = (projectId: string) => ['materials', projectId] as const;

/** A TwinSpace's materials, newest first, a page at a time; with its albums and storage limits. */
export function useMaterials(projectId: string, albumId: string | null) {
  return useInfiniteQuery({
    queryKey: [...materialsKey(projectId), albumId],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ ...(albumId ? { albumId } : {}), ...(pageParam ? { after: pageParam } : {}) });
      return getJson<MaterialsPage>(`/api/projects/${projectId}/materials?${query.toString()}`, signal);
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

type Change = { method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

/** A change to a material or an album; then the materials are read again. */
export function useMaterialChange<Answer = void>(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method = 'POST', path, body }: Change) => sendJson<Answer>(method, path, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: materialsKey(projectId) }),
  });
}
