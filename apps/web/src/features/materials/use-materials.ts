import { materialsOperations, webPages } from '@jumelage/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, runCall } from '../../api/client.ts';

export const materialsPath = (id: string) => webPages.twinspaceMaterials.replace(':id', id);
export const materialFileUrl = (materialId: string) => api.url(materialsOperations.file, { params: { materialId } });
export const materialThumbnailUrl = (materialId: string) => api.url(materialsOperations.thumbnail, { params: { materialId } });

export const materialsKey = (projectId: string) => ['materials', projectId] as const;

/** A TwinSpace's materials, newest first, a page at a time; with its albums and storage limits. */
export function useMaterials(projectId: string, albumId: string | null) {
  return useInfiniteQuery({
    queryKey: [...materialsKey(projectId), albumId],
    queryFn: ({ pageParam, signal }) =>
      api.call(materialsOperations.list, { params: { id: projectId }, query: { albumId: albumId ?? undefined, after: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** A change to a material or an album, given as the call that makes it; then the materials are read again. */
export function useMaterialChange<Answer = unknown>(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCall<Answer>,
    onSettled: () => queryClient.invalidateQueries({ queryKey: materialsKey(projectId) }),
  });
}
