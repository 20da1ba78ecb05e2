import sanitizeHtml from 'sanitize-html';
import { materialIdOfImage, pageHtmlRules } from '../pages/module.ts';

/**
 * A TwinSpace page's HTML as visitors receive it. The stored HTML is already rendered from the
 * page schema and sanitised (pages/document.ts); it is sanitised again here, to the
 * schema's own tags, because it leaves the members' space, and every image that does not show one
 * of the project's public materials is taken out.
 */

/** The materials the page's images show. */
export function imageMaterialIds(html: string): string[] {
  const ids = new Set<string>();
  sanitizeHtml(html, {
    allowedTags: ['img'],
    allowedAttributes: { img: ['src'] },
    exclusiveFilter: (frame) => {
      const id = frame.tag === 'img' ? materialIdOfImage(frame.attribs.src) : undefined;
      if (id) ids.add(id);
      return false;
    },
  });
  return [...ids];
}

/** The page's HTML with only the images of the given materials; everything else as the page schema allows. */
export function publicPageHtml(html: string, publicMaterialIds: ReadonlySet<string>): string {
  return sanitizeHtml(html, {
    ...pageHtmlRules,
    exclusiveFilter: (frame) => frame.tag === 'img' && !publicMaterialIds.has(materialIdOfImage(frame.attribs.src) ?? ''),
  });
}
