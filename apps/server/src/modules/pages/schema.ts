/**
 * What a page may contain: the editor's nodes and marks (TipTap names, as Yjs stores them) with
 * the attributes each may carry. The server removes anything else from the shared document and
 * renders only this to HTML, whatever a client sends.
 */
export const pageFragmentName = 'default';

type Attributes = Record<string, (value: unknown) => boolean>;

const headingLevel = (value: unknown) => [1, 2, 3, 4].includes(Number(value));
const positive = (value: unknown) => Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 1000;
const shortText = (value: unknown) => value === null || (typeof value === 'string' && value.length <= 300);
const columnWidths = (value: unknown) =>
  value === null || (Array.isArray(value) && value.every((width) => width === null || positive(width)));

/** Our own materials only: an image never makes a pupil's browser call another site. */
// An image in a page is one of our materials, by this path only.
const materialImagePath = /^\/api\/materials\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/file\?inline=1$/;
/** The material an image shows, or nothing when its source is not a material's file. */
export const materialIdOfImage = (source: unknown) => (typeof source === 'string' ? materialImagePath.exec(source)?.[1] : undefined);
export const isMaterialImage = (value: unknown) => materialIdOfImage(value) !== undefined;
export const isSafeLink = (value: unknown) =>
  typeof value === 'string' && value.length <= 2000 && /^(https?:\/\/|mailto:|\/(?!\/))/i.test(value);

export const allowedNodes: Record<string, { tag: string; attributes: Attributes }> = {
  paragraph: { tag: 'p', attributes: {} },
  heading: { tag: 'h', attributes: { level: headingLevel } },
  bulletList: { tag: 'ul', attributes: {} },
  orderedList: { tag: 'ol', attributes: { start: positive, type: shortText } },
  listItem: { tag: 'li', attributes: {} },
  blockquote: { tag: 'blockquote', attributes: {} },
  codeBlock: { tag: 'pre', attributes: { language: shortText } },
  horizontalRule: { tag: 'hr', attributes: {} },
  hardBreak: { tag: 'br', attributes: {} },
  image: {
    tag: 'img',
    attributes: {
      src: isMaterialImage,
      alt: shortText,
      title: shortText,
      width: (value) => value === null || positive(value),
      height: (value) => value === null || positive(value),
    },
  },
  table: { tag: 'table', attributes: {} },
  tableRow: { tag: 'tr', attributes: {} },
  tableHeader: { tag: 'th', attributes: { colspan: positive, rowspan: positive, colwidth: columnWidths } },
  tableCell: { tag: 'td', attributes: { colspan: positive, rowspan: positive, colwidth: columnWidths } },
};

export const allowedMarks: Record<string, { tag: string; attributes: Attributes }> = {
  bold: { tag: 'strong', attributes: {} },
  italic: { tag: 'em', attributes: {} },
  strike: { tag: 's', attributes: {} },
  underline: { tag: 'u', attributes: {} },
  code: { tag: 'code', attributes: {} },
  link: { tag: 'a', attributes: { href: isSafeLink, target: shortText, rel: shortText, class: shortText } },
};
