import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PageDetail } from '@jumelage/contracts';
import { sql } from 'kysely';
import * as Y from 'yjs';
import { buildTestApp, listening } from '../../test/app.ts';
import { closedReason, openPage, waitFor, within, type CollabClient } from '../../test/collab-client.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildTwinspace, caller, createPage, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';
import { loadPageState } from './storage.ts';

const database = await createTestDatabase();

// Open pages are checked again every minute: what is tested here (but the check itself) happens at once.
const app = await buildTestApp({ database, config: { pageVersionEveryMs: 0 } });
const baseUrl = await listening(app);
const call = caller(app);
const a = await buildTwinspace(app, database.db, 'Hardened pages');
const [leaCard, kasiaCard] = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin', 'Kasia Nowak']);
const lea = await signInPupil(app, leaCard!);
const kasia = await signInPupil(app, kasiaCard!);

const newPage = (title: string, parentId?: string) => createPage(app, a.founderFR, a.projectId, title, parentId);

const open = (who: Person, page: PageDetail, url = baseUrl) => openPage(url, who.session.cookie, page.documentName);

const storedDoc = async (pageId: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPageState(database.db, pageId))!);
  return doc;
};

describe('what a client may put in the shared document', () => {
  it('other top-level types, objects embedded in text and attributes on text are removed for everyone', async () => {
    const page = await newPage('Only the page');
    const attacker = open(lea, page);
    const reader = open(kasia, page);
    await Promise.all([attacker.acknowledged(), reader.acknowledged()]);
    attacker.type('Hello');
    attacker.doc.getMap('hidden').set('note', 'never shown, still sent to everyone');
    attacker.doc.getText('other').insert(0, 'a second text');
    const text = (attacker.doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    attacker.doc.transact(() => {
      text.insertEmbed(0, { payload: '<img src=x onerror=alert(1)>' });
      text.setAttribute('onclick', 'alert(1)');
    });
    await attacker.acknowledged();
    const readerText = () => (reader.doc.getXmlFragment('default').get(0) as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined;
    await waitFor(
      () => reader.text() === 'Hello' && reader.doc.getMap('hidden').size === 0 && reader.doc.getText('other').length === 0,
      'the reader to have the page only',
    );
    assert.deepEqual(readerText()!.toDelta(), [{ insert: 'Hello' }]);
    assert.deepEqual(readerText()!.getAttributes(), {});
    await waitFor(() => attacker.doc.getMap('hidden').size === 0, 'the attacker’s copy to be cleaned too');
    attacker.close();
    reader.close();
    await waitFor(async () => (await storedDoc(page.page.id)).getText('other').length === 0, 'the cleaned document to be stored');
    const stored = await storedDoc(page.page.id);
    assert.equal(stored.getMap('hidden').size, 0);
    assert.deepEqual(((stored.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText).toDelta(), [{ insert: 'Hello' }]);
  });

  it('everyone appears under the name their session gives, whatever the client claims', async () => {
    const page = await newPage('Who is typing');
    const impostor = open(lea, page);
    const watcher = open(kasia, page);
    await Promise.all([impostor.acknowledged(), watcher.acknowledged()]);
    impostor.provider.setAwarenessField('user', { name: 'Madame la Directrice', color: 'red;background:url(https://evil.example)' });
    const seen = () =>
      watcher.provider.awareness!.getStates().get(impostor.doc.clientID)?.user as { name: string; color: string } | undefined;
    await waitFor(() => seen() !== undefined, 'the watcher to see the other caret');
    assert.deepEqual(seen(), { name: 'Léa', color: '#1d4ed8' });
    impostor.close();
    watcher.close();
  });
});

describe('losing access while a page is open or opening', () => {
  it('deleting a page closes the pages under it too', async () => {
    const theme = await newPage('A theme');
    const child = await newPage('Under the theme', theme.page.id);
    const reader = open(kasia, child);
    await reader.acknowledged();
    await expectStatus(await call(a.founderFR, 'DELETE', `/api/pages/${theme.page.id}`), 204);
    assert.match(await within(5_000, reader.refused), /access changed/);
    assert.ok(await open(kasia, child).refused, 'the deleted child page cannot be opened again');
  });

  it('a session that ended (signed out elsewhere) loses its open page at the next check', async () => {
    const checkingApp = await buildTestApp({ database, config: { pageAccessRecheckMs: 300 } });
    const checkingUrl = await listening(checkingApp);
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Hugo Leroy']);
    const hugo = await signInPupil(app, card!);
    const page = await newPage('Hugo signs out');
    const client = open(hugo, page, checkingUrl);
    await client.acknowledged();
    await expectStatus(await call(hugo, 'DELETE', '/api/session'), 204);
    assert.match(await client.refused, /access changed/);
    assert.ok(await open(hugo, page, checkingUrl).refused, 'the ended session cannot open it again');
    client.close();
    await checkingApp.close();
  });

  // Only the PostgreSQL server lets one table be held while the others answer.
  it('a removal announced while the page is still loading closes it once loaded', { skip: !process.env.TEST_DATABASE_URL }, async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Inès Roux']);
    const ines = await signInPupil(app, card!);
    const page = await newPage('Inès is leaving');
    let client: CollabClient | undefined;
    await database.db.transaction().execute(async (transaction) => {
      // Loading the page reads its updates: it waits here, after the membership was checked.
      await sql`lock table page_updates in access exclusive mode`.execute(transaction);
      client = open(ines, page);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expectStatus(await call(a.founderFR, 'DELETE', `/api/projects/${a.projectId}/pupils/${ines.id}`), 204);
    });
    // At once, not at the next check of open pages a minute later.
    assert.match(await within(5_000, client!.refused), /access changed/);
    client!.type('typed after removal');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await database.db.selectFrom('page_updates').select('id').where('page_id', '=', page.page.id).execute();
    assert.equal(stored.length, 0, 'nothing of the removed pupil is stored');
  });
});

describe('a page has a size limit', async () => {
  const maxPageBytes = 20_000;
  const smallApp = await buildTestApp({ database, config: { pageVersionEveryMs: 0, pageMaxBytes: maxPageBytes } });
  const smallUrl = await listening(smallApp);

  it('an edit beyond it is refused and closes the page with a reason; deleting and then writing again works', async () => {
    const page = await newPage('Too long');
    const writer = open(lea, page, smallUrl);
    await writer.acknowledged();
    const reason = closedReason(writer);
    for (let chunk = 0; chunk < 30; chunk++) writer.type('x'.repeat(1_000));
    assert.equal(await reason, 'page full');
    writer.close();
    const kept = await loadPageState(database.db, page.page.id);
    assert.ok(kept!.length <= maxPageBytes, `stored ${kept!.length} bytes, at most ${maxPageBytes}`);

    const editor = open(lea, page, smallUrl);
    await editor.acknowledged();
    const length = editor.text().length;
    assert.ok(length > 0 && length < 30_000);
    const text = (editor.doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.delete(0, length);
    await editor.acknowledged();
    editor.type('Short again.');
    await editor.acknowledged();
    editor.close();
    await smallApp.close();
  });
});
