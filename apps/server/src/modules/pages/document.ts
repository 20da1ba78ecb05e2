import sanitizeHtml from 'sanitize-html';
import * as Y from 'yjs';
import { depthOf, maxNestingDepth } from './nesting.ts';
import { allowedMarks, allowedNodes, isMaterialImage, isSafeLink, pageFragmentName } from './schema.ts';

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** The origin of the server's own corrections, so that they are not checked again. */
export const sanitiserOrigin = Symbol('page sanitiser');

/** One state from the compacted document and the updates written since. */
export function mergeStates(states: Array<Uint8Array | null>): Uint8Array {
  return Y.mergeUpdates(states.filter((state): state is Uint8Array => state !== null && state.length > 0 && isUpdate(state)));
}

/** True when the bytes decode as a Yjs update: anything else is refused before it is stored. */
export function isUpdate(bytes: Uint8Array): boolean {
  try {
    Y.decodeUpdate(bytes);
    return true;
  } catch {
    return false;
  }
}

// Own keys only: a name such as "constructor" or "__proto__" must not find Object's members.
const allowedNode = (name: string) => (Object.hasOwn(allowedNodes, name) ? allowedNodes[name] : undefined);
const allowedMark = (name: string) => (Object.hasOwn(allowedMarks, name) ? allowedMarks[name] : undefined);
const attributeAllowed = (rules: Record<string, (value: unknown) => boolean>, name: string, value: unknown) =>
  Object.hasOwn(rules, name) && rules[name]!(value);

export function documentFrom(state: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  if (state && state.length > 0) Y.applyUpdate(doc, state);
  return doc;
}

/**
 * Removes what the page schema does not allow from the given types and everything inside them:
 * unknown elements, unknown or unsafe attributes (a `javascript:` link, an image from another
 * site), unknown marks. Runs in one transaction that clients receive like any other edit.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types with any
export function sanitizeTypes(doc: Y.Doc, types: Iterable<Y.AbstractType<any>>): void {
  const page = doc.getXmlFragment(pageFragmentName);
  doc.transact((transaction) => {
    for (const type of types) {
      if (type._item === null && type !== page) emptyForeignRoot(type, transaction);
      else if (type instanceof Y.XmlElement || type instanceof Y.XmlFragment) sanitizeTree(type);
      if (type instanceof Y.XmlElement) sanitizeAttributes(type);
      if (type instanceof Y.XmlText) sanitizeText(type);
    }
  }, sanitiserOrigin);
}

/** The whole document: the page, and any other top-level type a client made (emptied). */
export function sanitizeDocument(doc: Y.Doc): void {
  doc.getXmlFragment(pageFragmentName);
  sanitizeTypes(doc, doc.share.values());
}

/**
 * Only the page's fragment is ours: another top-level type is never shown, but would be stored and
 * sent to everyone, so what it holds is deleted (the type itself cannot be).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types with any
function emptyForeignRoot(type: Y.AbstractType<any>, transaction: Y.Transaction): void {
  for (let item = type._start; item !== null; item = item.right) if (!item.deleted) item.delete(transaction);
  for (const item of type._map.values()) if (!item.deleted) item.delete(transaction);
}

/**
 * Walks the tree under `root` with a list of its own, not recursion: no nesting overflows the
 * stack. Fails closed: a child that cannot be checked, or that nests deeper than
 * `maxNestingDepth`, is deleted.
 */
function sanitizeTree(root: Y.XmlElement | Y.XmlFragment): void {
  const parents = [{ parent: root, depth: depthOf(root) }];
  for (let next = parents.pop(); next !== undefined; next = parents.pop()) {
    const { parent, depth } = next;
    if (depth >= maxNestingDepth) {
      parent.delete(0, parent.length);
      continue;
    }
    const children = parent.toArray() as Node[];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      try {
        if (child instanceof Y.XmlText) sanitizeText(child);
        else if (child instanceof Y.XmlElement && allowedNode(child.nodeName)) {
          sanitizeAttributes(child);
          parents.push({ parent: child, depth: depth + 1 });
        } else parent.delete(index, 1);
      } catch {
        parent.delete(index, 1);
      }
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types element attributes with any
function sanitizeAttributes(element: Y.XmlElement<any>): void {
  const allowed = allowedNode(element.nodeName)?.attributes ?? {};
  const attributes = element.getAttributes() as Record<string, unknown>;
  // Yjs builds this object by assignment: a "__proto__" attribute becomes its prototype, not a key.
  if (Object.getPrototypeOf(attributes) !== Object.prototype) element.removeAttribute('__proto__');
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeAllowed(allowed, name, value)) element.removeAttribute(name);
  }
}

type TextRun = { insert: unknown; attributes?: Record<string, unknown> };

/** Text keeps only characters and allowed marks: no embedded objects, no attributes of its own. */
function sanitizeText(text: Y.XmlText): void {
  for (const name of Object.keys(text.getAttributes())) text.removeAttribute(name);
  if (Object.getPrototypeOf(text.getAttributes()) !== Object.prototype) text.removeAttribute('__proto__');
  let index = 0;
  for (const run of text.toDelta() as TextRun[]) {
    if (typeof run.insert !== 'string') {
      text.delete(index, 1);
      continue;
    }
    const length = run.insert.length;
    const marks = run.attributes ?? {};
    const unsafe = Object.entries(marks)
      .filter(([mark, value]) => !isAllowedMark(mark, value))
      .map(([mark]) => mark);
    if (Object.getPrototypeOf(marks) !== Object.prototype) unsafe.push('__proto__');
    if (unsafe.length > 0) text.format(index, length, Object.fromEntries(unsafe.map((mark) => [mark, null])));
    index += length - deleteControlCharacters(text, index, run.insert);
  }
}

// PostgreSQL refuses NUL in text, and no control character belongs in a page (tabs aside).
const controlCharacter = /(?![\t\n])\p{Cc}/gu;

/** Deletes the control characters of a run that starts at `start`; returns how many went. */
function deleteControlCharacters(text: Y.XmlText, start: number, run: string): number {
  const found = [...run.matchAll(controlCharacter)].map((match) => match.index);
  for (const offset of found.reverse()) text.delete(start + offset, 1);
  return found.length;
}

function isAllowedMark(mark: string, value: unknown): boolean {
  const rule = allowedMark(mark);
  if (!rule) return false;
  const attributes = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (Object.getPrototypeOf(attributes) !== Object.prototype) return false;
  if (mark === 'link' && !isSafeLink(attributes.href)) return false;
  return Object.entries(attributes).every(([name, attribute]) => attributeAllowed(rule.attributes, name, attribute));
}

/** The page as HTML for readers, history and public pages; built from the schema, then sanitised again. */
export function renderHtml(doc: Y.Doc): string {
  const html = renderChildren(doc.getXmlFragment(pageFragmentName), 1);
  return sanitizeHtml(html, pageHtmlRules);
}

/** What a page's HTML may hold, wherever it is shown. */
export const pageHtmlRules: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'hr',
    'br',
    'img',
    'table',
    'tbody',
    'tr',
    'th',
    'td',
    'strong',
    'em',
    's',
    'u',
    'a',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Our own paths only: an image never makes a reader's browser call another site.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

const escapeText = (text: string) => text.replace(controlCharacter, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Children at `depth`; nothing deeper than the page may nest, whatever document is rendered. */
function renderChildren(parent: Y.XmlElement | Y.XmlFragment, depth: number): string {
  return depth > maxNestingDepth ? '' : (parent.toArray() as Node[]).map((child) => renderNode(child, depth)).join('');
}

function renderNode(node: Node, depth: number): string {
  if (node instanceof Y.XmlText) return (node.toDelta() as TextRun[]).map(renderRun).join('');
  if (!(node instanceof Y.XmlElement)) return '';
  const rule = allowedNode(node.nodeName);
  if (!rule) return '';
  const attributes = node.getAttributes() as Record<string, unknown>;
  const inner = renderChildren(node, depth + 1);
  switch (node.nodeName) {
    case 'heading':
      return `<h${Number(attributes.level ?? 1) + 1}>${inner}</h${Number(attributes.level ?? 1) + 1}>`;
    case 'horizontalRule':
    case 'hardBreak':
      return `<${rule.tag}>`;
    case 'image':
      return isMaterialImage(attributes.src)
        ? `<img src="${escapeAttribute(String(attributes.src))}" alt="${escapeAttribute(typeof attributes.alt === 'string' ? attributes.alt : '')}">`
        : '';
    case 'codeBlock':
      return `<pre><code>${inner}</code></pre>`;
    case 'orderedList':
      return positiveStart(attributes.start) ? `<ol start="${Number(attributes.start)}">${inner}</ol>` : `<ol>${inner}</ol>`;
    case 'tableCell':
    case 'tableHeader':
      return `<${rule.tag}${spanAttributes(attributes)}>${inner}</${rule.tag}>`;
    default:
      return `<${rule.tag}>${inner}</${rule.tag}>`;
  }
}

const positiveStart = (start: unknown) => Number.isInteger(Number(start)) && Number(start) > 1;

function spanAttributes(attributes: Record<string, unknown>): string {
  return ['colspan', 'rowspan'].map((name) => (Number(attributes[name]) > 1 ? ` ${name}="${Number(attributes[name])}"` : '')).join('');
}

function renderRun(run: TextRun): string {
  if (typeof run.insert !== 'string') return '';
  let html = escapeText(run.insert);
  for (const [mark, value] of Object.entries(run.attributes ?? {})) {
    const rule = allowedMark(mark);
    if (!rule || !isAllowedMark(mark, value)) continue;
    const href = mark === 'link' ? ` href="${escapeAttribute(String((value as { href: string }).href))}"` : '';
    html = `<${rule.tag}${href}>${html}</${rule.tag}>`;
  }
  return html;
}

/** Makes the live page's content equal to an earlier version's, as one edit that every client receives. */
export function replaceContent(live: Y.Doc, earlierState: Uint8Array): void {
  const earlierDoc = documentFrom(earlierState);
  // Cloning is recursive: a version saved before nesting was bounded is cut first.
  sanitizeDocument(earlierDoc);
  const earlier = earlierDoc.getXmlFragment(pageFragmentName);
  const fragment = live.getXmlFragment(pageFragmentName);
  live.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      (earlier.toArray() as Array<Y.XmlElement | Y.XmlText>).map((node) => node.clone()),
    );
  });
}
