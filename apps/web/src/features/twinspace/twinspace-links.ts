import { webPages } from '@jumelage/contracts';

export const twinspacePupilsPath = (id: string) => webPages.twinspacePupils.replace(':id', id);
export const twinspacePagePath = (id: string, pageId: string) => webPages.twinspacePage.replace(':id', id).replace(':pageId', pageId);
