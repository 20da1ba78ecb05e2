import * as Y from 'yjs';
import { pageFragmentName } from '../modules/pages/schema.ts';

type Mark = 'bold' | 'italic';
/** Text, plain or with the marks the editor's toolbar gives it. */
export type Run = string | { text: string; marks: Mark[] };

/** What a teacher or a pupil writes with the editor's toolbar, block by block. */
export type Block = { paragraph: Run[] } | { heading: string } | { bullets: string[] } | { image: { src: string; alt: string } };

/**
 * Appends blocks to a page's Yjs document as the editor stores them (TipTap on y-prosemirror):
 * an element per node in the page's fragment, named and with the attributes TipTap gives it, and
 * the text of a block as one XmlText whose marks are formatting attributes (`{ bold: {} }`).
 */
export function appendBlocks(doc: Y.Doc, blocks: Block[]): void {
  const fragment = doc.getXmlFragment(pageFragmentName);
  doc.transact(() => fragment.insert(fragment.length, blocks.map(elementOf)));
}

function elementOf(block: Block): Y.XmlElement {
  if ('paragraph' in block) return element('paragraph', [textOf(block.paragraph)]);
  // The toolbar's heading button makes level 2.
  if ('heading' in block) return element('heading', [textOf([block.heading])], { level: 2 });
  if ('bullets' in block)
    return element(
      'bulletList',
      block.bullets.map((item) => element('listItem', [element('paragraph', [textOf([item])])])),
    );
  return element('image', [], { src: block.image.src, alt: block.image.alt });
}

function element(name: string, children: Array<Y.XmlElement | Y.XmlText>, attributes: Record<string, string | number> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as never);
  node.insert(0, children);
  return node;
}

function textOf(runs: Run[]): Y.XmlText {
  const text = new Y.XmlText();
  let index = 0;
  for (const run of runs) {
    const [content, marks] = typeof run === 'string' ? [run, []] : [run.text, run.marks];
    // An explicit (even empty) set of marks, or Yjs would carry the previous run's marks on.
    text.insert(index, content, Object.fromEntries(marks.map((mark) => [mark, {}])));
    index += content.length;
  }
  return text;
}
