import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageVersionsSchema, type PageDetail } from '@jumelage/contracts';
import { sql } from 'kysely';
import * as Y from 'yjs';
import { createLogger } from '../../platform/logger.ts';
import { buildTestApp, listening } from '../../test/app.ts';
import { closedReason, openPage, waitFor, within } from '../../test/collab-client.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildTwinspace, caller, createPage, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';
import { deepestNestingOf, maxNestingDepth } from './nesting.ts';
import { appendUpdate, loadPageState } from './storage.ts';

const database = await createTestDatabase();
const db = database.db;
const logs: Array<{ level: number; msg: string; pageId?: string }> = [];
const logger = createLogger('error', { write: (line: string) => void logs.push(JSON.parse(line) as (typeof logs)[number]) });
const app = await buildTestApp({ database, logger, config: { pageVersionEveryMs: 0 } });
const baseUrl = await listening(app);
const call = caller(app);
const a = await buildTwinspace(app, db, 'Deep pages');
const [leaCard, kasiaCard] = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin', 'Kasia Nowak']);
const lea = await signInPupil(app, leaCard!);
const kasia = await signInPupil(app, kasiaCard!);

const newPage = (title: string) => createPage(app, a.founderFR, a.projectId, title);
const open = (who: Person, page: PageDetail) => openPage(baseUrl, who.session.cookie, page.documentName);

/** Blockquotes inside each other, `depth` of them, after what the page holds, in one edit. */
function nestBlockquotes(doc: Y.Doc, depth: number): void {
  doc.transact(() => {
    let parent: Y.XmlElement | Y.XmlFragment = doc.getXmlFragment('default');
    for (let level = 0; level < depth; level++) {
      const quote = new Y.XmlElement('blockquote');
      parent.insert(parent.length, [quote]);
      parent = quote;
    }
  });
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** How deep the page's nodes go (a child of the page is at 1). */
function deepestIn(doc: Y.Doc): number {
  let deepest = 0;
  const parents: Array<[Y.XmlElement | Y.XmlFragment, number]> = [[doc.getXmlFragment('default'), 0]];
  for (let next = parents.pop(); next !== undefined; next = parents.pop()) {
    const [parent, depth] = next;
    for (const child of parent.toArray()) {
      deepest = Math.max(deepest, depth + 1);
      if (child instanceof Y.XmlElement) parents.push([child, depth + 1]);
    }
  }
  return deepest;
}

const storedDoc = async (pageId: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPageState(db, pageId))!);
  return doc;
};
const storedHtml = async (pageId: string) =>
  (await db.selectFrom('twinspace_pages').select('html').where('id', '=', pageId).executeTakeFirstOrThrow()).html;
const pendingUpdates = async (pageId: string) =>
  (await db.selectFrom('page_updates').select('id').where('page_id', '=', pageId).execute()).length;
const blockquotesIn = (html: string) => html.split('<blockquote>').length - 1;

async function versionsOf(pageId: string) {
  return pageVersionsSchema.parse((await expectStatus(await call(a.founderFR, 'GET', `/api/pages/${pageId}/versions`), 200)).json())
    .versions;
}

/** The oldest version comes back, as a new version; the page compacts after it. */
async function restoreOldest(pageId: string): Promise<void> {
  const versions = await versionsOf(pageId);
  await expectStatus(await call(a.founderFR, 'POST', `/api/pages/${pageId}/versions/${versions.at(-1)!.id}/restore`), 204);
  assert.equal((await versionsOf(pageId))[0]!.restoredFrom, versions.at(-1)!.id);
}

describe('how deep a page may nest', () => {
  it('an update nested 3,000 deep is refused before it is stored; the page goes on compacting and restoring', async () => {
    const page = await newPage('Three thousand quotes');
    const writer = open(lea, page);
    await writer.acknowledged();
    writer.type('Before.');
    await writer.acknowledged();
    const attacker = open(kasia, page);
    await attacker.acknowledged();
    const reason = closedReason(attacker);
    nestBlockquotes(attacker.doc, 3_000);
    assert.equal(await within(5_000, reason), 'nested too deep');
    attacker.close();
    assert.ok(deepestIn(await storedDoc(page.page.id)) <= 2, 'nothing of it was stored');

    writer.type(' After.');
    await writer.acknowledged();
    writer.close();
    await waitFor(async () => (await storedHtml(page.page.id)) === '<p>Before. After.</p>', 'the page to compact');
    await restoreOldest(page.page.id);
    await waitFor(async () => (await pendingUpdates(page.page.id)) === 0, 'the restored page to compact');
  });

  it(`nodes deeper than ${maxNestingDepth} levels are cut in the shared document, for every client; the page compacts and renders`, async () => {
    const page = await newPage('Two hundred quotes');
    const [attacker, reader] = [open(lea, page), open(kasia, page)];
    await Promise.all([attacker.acknowledged(), reader.acknowledged()]);
    nestBlockquotes(attacker.doc, 200);
    await attacker.acknowledged();
    const cut = (doc: Y.Doc) => deepestIn(doc) === maxNestingDepth;
    await waitFor(() => cut(reader.doc) && cut(attacker.doc), 'both copies to be cut');
    attacker.close();
    reader.close();
    await waitFor(async () => (await pendingUpdates(page.page.id)) === 0, 'the page to compact');
    assert.equal(blockquotesIn(await storedHtml(page.page.id)), maxNestingDepth);
    assert.equal(deepestIn(await storedDoc(page.page.id)), maxNestingDepth);
    await restoreOldest(page.page.id);
  });

  it('a page stored nested 3,000 deep before the limit existed opens cut and compacts', async () => {
    const page = await newPage('Written before the limit');
    const before = new Y.Doc();
    before.getXmlFragment('default').insert(0, [paragraph('Written before.')]);
    nestBlockquotes(before, 3_000);
    await appendUpdate(db, page.page.id, Y.encodeStateAsUpdate(before), lea.id);

    const reader = open(kasia, page);
    await reader.acknowledged();
    assert.equal(deepestIn(reader.doc), maxNestingDepth);
    reader.type(' Still here.');
    await reader.acknowledged();
    reader.close();
    await waitFor(async () => (await pendingUpdates(page.page.id)) === 0, 'the page to compact');
    const html = await storedHtml(page.page.id);
    assert.ok(html.startsWith('<p>Written before. Still here.</p>'), html);
    assert.equal(blockquotesIn(html), maxNestingDepth);
    await restoreOldest(page.page.id);
  });
});

describe('a compaction that fails', () => {
  it('is logged with the page, keeps every edit, and the next edit’s compaction stores them', async () => {
    const page = await newPage('Refused by the database');
    await sql`create function refuse_compaction() returns trigger language plpgsql as $$ begin raise exception 'compaction refused by the test'; end $$`.execute(
      db,
    );
    await sql`create trigger refuse_compaction before update on twinspace_pages for each row when (old.title = 'Refused by the database') execute function refuse_compaction()`.execute(
      db,
    );
    const writer = open(lea, page);
    await writer.acknowledged();
    writer.type('Kept.');
    await writer.acknowledged();
    writer.close();
    await waitFor(() => logs.some((line) => line.level === 50 && line.pageId === page.page.id), 'an error log line naming the page');
    assert.ok((await pendingUpdates(page.page.id)) > 0, 'the edits wait in page_updates');
    assert.equal(await storedHtml(page.page.id), '');

    await sql`drop trigger refuse_compaction on twinspace_pages`.execute(db);
    const reader = open(kasia, page);
    await waitFor(() => reader.text() === 'Kept.', 'the page to open with its edits');
    reader.type(' And more.');
    await reader.acknowledged();
    reader.close();
    await waitFor(async () => (await storedHtml(page.page.id)) === '<p>Kept. And more.</p>', 'the next compaction to store them');
  });
});

describe('measuring an update before it is applied', () => {
  it('counts what it adds under what the document holds, and refuses what it cannot place', () => {
    const server = new Y.Doc();
    nestBlockquotes(server, 10);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(client);
    nestBlockquotes(client, 5);
    const edit = Y.encodeStateAsUpdate(client, before);
    // The five quotes go after the first one, at the page's top level.
    assert.equal(deepestNestingOf(server, edit), 5);
    assert.equal(deepestNestingOf(new Y.Doc(), edit), Infinity, 'it refers to quotes this document does not have');

    let innermost = client.getXmlFragment('default').get(0) as Y.XmlElement;
    while (innermost.length > 0) innermost = innermost.get(0) as Y.XmlElement;
    const beforeParagraph = Y.encodeStateVector(client);
    innermost.insert(0, [paragraph('At the bottom.')]);
    // The paragraph goes in the tenth quote, and its text one level further.
    assert.equal(deepestNestingOf(server, Y.encodeStateAsUpdate(client, beforeParagraph)), 12);
  });
});
