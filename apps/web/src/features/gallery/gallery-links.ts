import { webPages } from '@jumelage/contracts';

export const galleryProjectPath = (id: string) => webPages.galleryProject.replace(':id', id);
export const galleryTwinspacePagePath = (id: string, pageId: string) =>
  webPages.galleryTwinspacePage.replace(':id', id).replace(':pageId', pageId);
