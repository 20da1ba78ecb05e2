import sanitizeHtml from 'sanitize-html';
import { allowedMarks, allowedNodes } from '../twinspace/pages/schema.ts';

/**
 * A TwinSpace page's HTML as visitors receive it. The stored HTML is already rendered from the
 * page schema and sanitised (twinspace/pages/document.ts); it is sanitised again here, to the
 * schema's own tags, because it leaves the members' space, and every image that does not show one
 * of the project's public materials is taken out.
 */

// Headings are stored by level (1 to 4) and rendered one below the page's own title.
const schemaTags = [...Object.values(allowedNodes), ...Object.values(allowedMarks)].flatMap(({ tag }) => (tag === 'h' ? ['h2', 'h3', 'h4', 'h5'] : [tag]));
const cellSpans = ['colspan', 'rowspan'];

// An image in a page is one of our materials, by this path only (twinspace/pages/schema.ts).
const materialImagePath = /^\/api\/materials\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/file\?inline=1$/;

/** The material an image shows, or nothing when its source is not a material's file. */
export function materialIdOf(source: string | undefined): string | undefined {
  return materialImagePath.exec(source ?? '')?.[1];
}

/** The materials the page's images show. */
export function imageMaterialIds(html: string): string[] {
  const ids = new Set<string>();
  sanitizeHtml(html, {
    allowedTags: ['img'],
    allowedAttributes: { img: ['src'] },
    exclusiveFilter: (frame) => {
      const id = frame.tag === 'img' ? materialIdOf(frame.attribs.src) : undefined;
      if (id) ids.add(id);
      return false;
    },
  });
  return [...ids];
}

/** The page's HTML with only the images of the given materials; everything else as the page schema allows. */
export function publicPageHtml(html: string, publicMaterialIds: ReadonlySet<string>): string {
  return sanitizeHtml(html, {
    allowedTags: [...schemaTags, 'tbody'],
    allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'], ol: ['start'], td: cellSpans, th: cellSpans },
    allowedSchemes: ['http', 'https', 'mailto'],
    // Our own paths only: an image never makes a visitor's browser call another site.
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
    exclusiveFilter: (frame) => frame.tag === 'img' && !publicMaterialIds.has(materialIdOf(frame.attribs.src) ?? ''),
  });
}
