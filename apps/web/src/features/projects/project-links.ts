import { webPages } from '@jumelage/contracts';
import type { QueryClient } from '@tanstack/react-query';

export const projectPath = (id: string) => webPages.project.replace(':id', id);
export const editProjectPath = (id: string) => webPages.editProject.replace(':id', id);
export const twinspacePath = (id: string) => webPages.twinspace.replace(':id', id);

/** After any change to a project: its page, the dashboard and the NSS queue read it again. */
export async function refreshProject(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['project', id] }),
    queryClient.invalidateQueries({ queryKey: ['my-projects'] }),
    queryClient.invalidateQueries({ queryKey: ['project-reviews'] }),
    queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  ]);
}
