import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBodySchema, maxPagesPerProject, pageDetailSchema, pageVersionsSchema, type PageDetail } from '@jumelage/contracts';
import { WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { buildAppsJoinedByRedis, buildTestApp, listening } from '../../test/app.ts';
import { openPage, waitFor } from '../../test/collab-client.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildTwinspace, caller, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';

const database = await createTestDatabase();
const testConfig = { pageVersionEveryMs: 0 };

const app = await buildTestApp({ database, config: testConfig });
const baseUrl = await listening(app);
const call = caller(app);
const today = new Date().toISOString().slice(0, 10);

const a = await buildTwinspace(app, database.db, 'Project A');
const b = await buildTwinspace(app, database.db, 'Project B');
const [frCard, plCard, otherCard] = [
  (await createPupils(app, a.founderFR, a.projectId, ['Léa Martin']))[0]!,
  (await createPupils(app, a.founderPL, a.projectId, ['Kasia Nowak']))[0]!,
  (await createPupils(app, b.founderFR, b.projectId, ['Tom Petit']))[0]!,
];
const pupilFR = await signInPupil(app, frCard);
const pupilPL = await signInPupil(app, plCard);
const pupilB = await signInPupil(app, otherCard);

async function newPage(title: string, teacher: Person = a.founderFR, projectId = a.projectId): Promise<PageDetail> {
  const { id } = (await expectStatus(await call(teacher, 'POST', `/api/projects/${projectId}/pages`, { title }), 201)).json<{
    id: string;
  }>();
  return read(teacher, id);
}

async function read(who: Person, pageId: string): Promise<PageDetail> {
  return pageDetailSchema.parse((await expectStatus(await call(who, 'GET', `/api/pages/${pageId}`), 200)).json());
}

async function storedHtml(pageId: string): Promise<string> {
  const row = await database.db.selectFrom('twinspace_pages').select('html').where('id', '=', pageId).executeTakeFirstOrThrow();
  return row.html;
}

const open = (who: Person, page: PageDetail, url = baseUrl) => openPage(url, who.session.cookie, page.documentName);

describe('co-writing a page in real time', () => {
  it('two pupils of two schools type in the same page and both see the whole text, which is stored', async () => {
    const page = await newPage('Our shared story');
    const lea = open(pupilFR, page);
    const kasia = open(pupilPL, page);
    await Promise.all([lea.acknowledged(), kasia.acknowledged()]);
    lea.type('Once upon a time');
    await waitFor(() => kasia.text() === 'Once upon a time', 'Kasia to see Léa’s text');
    kasia.type(', two schools met.');
    await waitFor(() => lea.text() === 'Once upon a time, two schools met.', 'Léa to see Kasia’s text');
    await Promise.all([lea.acknowledged(), kasia.acknowledged()]);
    lea.close();
    kasia.close();
    await waitFor(async () => (await storedHtml(page.page.id)) === '<p>Once upon a time, two schools met.</p>', 'the page to be stored');
    assert.equal((await read(pupilFR, page.page.id)).html, '<p>Once upon a time, two schools met.</p>');
  });

  it('removes script, unknown elements and javascript: links a client slips into the document', async () => {
    const page = await newPage('Sanitised');
    const attacker = open(pupilFR, page);
    const reader = open(pupilPL, page);
    await Promise.all([attacker.acknowledged(), reader.acknowledged()]);
    const fragment = attacker.doc.getXmlFragment('default');
    const script = new Y.XmlElement('script');
    script.insert(0, [new Y.XmlText('alert(1)')]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('onclick', 'alert(2)');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    attacker.doc.transact(() => {
      fragment.insert(0, [script, paragraph]);
      text.insert(0, 'click me', { link: { href: 'javascript:alert(3)' } });
      text.insert(8, ' and <img src=x onerror=alert(4)>', { bold: {} });
    });
    await waitFor(() => reader.text().includes('click me and'), 'the reader to receive the edit');
    const structure = () => reader.doc.getXmlFragment('default').toJSON();
    await waitFor(() => !structure().includes('script'), 'the server to remove the script element');
    const seen = structure();
    assert.doesNotMatch(seen, /onclick|javascript:/);
    attacker.close();
    reader.close();
    await waitFor(async () => (await storedHtml(page.page.id)).includes('click me'), 'the page to be stored');
    assert.equal(await storedHtml(page.page.id), '<p>click me<strong> and &lt;img src=x onerror=alert(4)&gt;</strong></p>');
  });

  it('survives marks and attributes named after Object members, and refuses bytes that are not an update', async () => {
    const page = await newPage('Poisoned');
    const attacker = open(pupilFR, page);
    const reader = open(pupilPL, page);
    await Promise.all([attacker.acknowledged(), reader.acknowledged()]);
    const fragment = attacker.doc.getXmlFragment('default');
    const [first, second, odd] = [new Y.XmlElement('paragraph'), new Y.XmlElement('paragraph'), new Y.XmlElement('constructor')];
    const [link, poisoned] = [new Y.XmlText(), new Y.XmlText()];
    first.insert(0, [link]);
    second.insert(0, [poisoned]);
    second.setAttribute('__proto__', { src: 'https://tracker.example/pixel.png' } as never);
    attacker.doc.transact(() => {
      fragment.insert(0, [first, second, odd]);
      link.insert(0, 'bad link', { link: { href: 'javascript:alert(1)' } });
      poisoned.insert(0, 'still here', JSON.parse('{"bold": {"__proto__": 1}, "toString": {}}') as Record<string, unknown>);
    });
    await waitFor(() => reader.text().includes('still here'), 'the reader to receive the edit');
    await waitFor(
      () => !JSON.stringify(reader.doc.getXmlFragment('default').toJSON()).includes('javascript:'),
      'the server to remove the link',
    );
    // A message that is not a Yjs update is refused, not stored.
    const before = await database.db.selectFrom('page_updates').select('id').where('page_id', '=', page.page.id).execute();
    const socket = (attacker.provider.configuration.websocketProvider as unknown as { webSocket: { send(data: Uint8Array): void } })
      .webSocket;
    const name = new TextEncoder().encode(page.documentName);
    socket.send(new Uint8Array([name.length, ...name, 0, 2, 7, 5, 1, 2, 3, 4, 5, 6]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await database.db.selectFrom('page_updates').select('id').where('page_id', '=', page.page.id).execute();
    assert.equal(after.length, before.length);
    attacker.close();
    reader.close();
    await waitFor(async () => (await storedHtml(page.page.id)).includes('still here'), 'the page to be stored');
    assert.equal(await storedHtml(page.page.id), '<p>bad link</p><p>still here</p>', 'the poisoned bold is dropped, the text kept');
    const again = open(pupilFR, page);
    await waitFor(() => again.text() === 'bad link\nstill here', 'the page to open again');
    again.close();
  });

  it('takes control characters out of the text, so a NUL typed in a page cannot stop it being stored', async () => {
    const page = await newPage('Controls');
    const writer = open(pupilFR, page);
    await writer.acknowledged();
    writer.type('a\u0000b\u0007c\td');
    await waitFor(() => writer.text() === 'abc\td', 'the server to take the control characters out');
    writer.close();
    await waitFor(async () => (await storedHtml(page.page.id)) === '<p>abc\td</p>', 'the page to be stored');
  });
});

describe('nothing typed is lost', () => {
  it('an acknowledged edit is already in the database, so a new server process serves it', async () => {
    const page = await newPage('Durable');
    const writer = open(pupilFR, page);
    await writer.acknowledged();
    writer.type('Written before the crash');
    await writer.acknowledged();
    const updates = await database.db.selectFrom('page_updates').select('id').where('page_id', '=', page.page.id).execute();
    assert.ok(updates.length > 0, 'the edit was written before it was acknowledged');
    // A second server on the same database, as after a crash of the first (which never stored the page).
    const restarted = await buildTestApp({ database, config: testConfig });
    const reader = openPage(await listening(restarted), pupilPL.session.cookie, page.documentName);
    await waitFor(() => reader.text() === 'Written before the crash', 'the new process to load the text');
    writer.close();
    reader.close();
  });

  it('text typed while the connection is down reaches the page when it comes back, even after a restart', async () => {
    const page = await newPage('Offline');
    const firstApp = await buildTestApp({ database, config: testConfig });
    const url = await listening(firstApp);
    const writer = openPage(url, pupilFR.session.cookie, page.documentName);
    await writer.acknowledged();
    writer.type('Before. ');
    await writer.acknowledged();
    await firstApp.close();
    writer.type('Typed offline.');
    // The server comes back on the same address; the provider reconnects by itself.
    const secondApp = await buildTestApp({ database, config: testConfig });
    await listening(secondApp, Number(new URL(url).port));
    await writer.acknowledged();
    const reader = openPage(url, pupilPL.session.cookie, page.documentName);
    await waitFor(() => reader.text() === 'Before. Typed offline.', 'the reader to see the offline text');
    writer.close();
    reader.close();
  });
});

describe('who may open and edit a page', () => {
  it('a pupil of another project is refused the page', async () => {
    const page = await newPage('Members only');
    assert.match(await open(pupilB, page).refused, /permission|denied|not a member|Unauthorized/i);
    assert.equal((await call(pupilB, 'GET', `/api/pages/${page.page.id}`)).statusCode, 404);
    assert.equal((await call(b.founderFR, 'GET', `/api/pages/${page.page.id}`)).statusCode, 404);
    const visitor = openPage(baseUrl, undefined, page.documentName);
    await waitFor(
      () => visitor.provider.configuration.websocketProvider.status === WebSocketStatus.Disconnected,
      'the visitor to be turned away',
    );
  });

  it('on a teachers-only page, pupils read but their edits are refused; switching closes their open page', async () => {
    const page = await newPage('Teachers write here');
    const pupil = open(pupilFR, page);
    const teacher = open(a.memberFR, page);
    await Promise.all([pupil.acknowledged(), teacher.acknowledged()]);
    await expectStatus(await call(a.founderPL, 'PATCH', `/api/pages/${page.page.id}`, { editors: 'teachers' }), 204);
    assert.match(await pupil.refused, /access changed/);
    const reader = open(pupilFR, page);
    teacher.type('Only teachers. ');
    await waitFor(() => reader.text() === 'Only teachers. ', 'the pupil to read the teacher');
    reader.type('Pupil was here');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(teacher.text(), 'Only teachers. ');
    assert.equal((await read(pupilFR, page.page.id)).can.edit, false);
    teacher.close();
    reader.close();
    await waitFor(
      async () => (await storedHtml(page.page.id)) === '<p>Only teachers. </p>',
      'the page to be stored without the pupil text',
    );
  });

  it('a pupil taken out of the project loses the open page at once and cannot open it again', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Hugo Leroy']);
    const hugo = await signInPupil(app, card!);
    const page = await newPage('Hugo leaves');
    const open1 = open(hugo, page);
    await open1.acknowledged();
    await expectStatus(await call(a.founderPL, 'DELETE', `/api/projects/${a.projectId}/pupils/${hugo.id}`), 204);
    assert.match(await open1.refused, /access changed/);
    open1.type('after removal');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(
      (await database.db.selectFrom('page_updates').select('id').where('page_id', '=', page.page.id).execute()).length,
      0,
      'nothing of the removed pupil is stored',
    );
    assert.ok(await open(hugo, page).refused);
  });

  it('pupils cannot organise pages; bad input is refused and changes nothing', async () => {
    const page = await newPage('Structure');
    const other = await newPage('In B', b.founderFR, b.projectId);
    assert.equal((await call(pupilFR, 'POST', `/api/projects/${a.projectId}/pages`, { title: 'Mine' })).statusCode, 403);
    assert.equal((await call(pupilFR, 'PATCH', `/api/pages/${page.page.id}`, { title: 'Renamed' })).statusCode, 403);
    assert.equal((await call(pupilFR, 'DELETE', `/api/pages/${page.page.id}`)).statusCode, 403);
    assert.equal((await call(pupilFR, 'PUT', `/api/pages/${page.page.id}/pupils`, { pupilIds: [] })).statusCode, 403);
    const child = (
      await expectStatus(
        await call(a.founderFR, 'POST', `/api/projects/${a.projectId}/pages`, { title: 'Child', parentId: page.page.id }),
        201,
      )
    ).json<{ id: string }>();
    const bad: Array<[string, string, unknown]> = [
      ['POST', `/api/projects/${a.projectId}/pages`, { title: '' }],
      ['POST', `/api/projects/${a.projectId}/pages`, { title: 'x', parentId: other.page.id }],
      ['PATCH', `/api/pages/${page.page.id}`, { parentId: child.id }],
      ['PATCH', `/api/pages/${page.page.id}`, { parentId: page.page.id }],
      ['PATCH', `/api/pages/${page.page.id}`, {}],
      ['PATCH', `/api/pages/${page.page.id}`, { editors: 'parents' }],
      ['PUT', `/api/pages/${page.page.id}/pupils`, { pupilIds: [pupilB.id] }],
    ];
    for (const [method, url, body] of bad)
      assert.equal((await call(a.founderFR, method as 'POST', url, body)).statusCode, 400, `${method} ${url} ${JSON.stringify(body)}`);
    const after = await read(a.founderFR, page.page.id);
    assert.deepEqual(
      [after.page.title, after.page.parentId, after.page.editors, after.taggedPupils.length],
      ['Structure', null, 'everyone', 0],
    );
  });

  it('a TwinSpace takes pages up to its limit, and none once its project is closed', async () => {
    const c = await buildTwinspace(app, database.db, 'Project C');
    const pages = Array.from({ length: maxPagesPerProject }, (_, index) => ({
      project_id: c.projectId,
      title: `Page ${index + 1}`,
      position: index,
    }));
    await database.db.insertInto('twinspace_pages').values(pages).execute();
    const refusal = async () => {
      const response = await call(c.founderFR, 'POST', `/api/projects/${c.projectId}/pages`, { title: 'One more' });
      const { code, params } = errorBodySchema.parse(response.json()).error;
      return [response.statusCode, code, params];
    };
    assert.deepEqual(await refusal(), [409, 'page_limit_reached', { max: maxPagesPerProject }]);
    await database.db.updateTable('projects').set({ status: 'closed' }).where('id', '=', c.projectId).execute();
    assert.deepEqual(await refusal(), [409, 'twinspace_read_only', undefined]);
  });
});

describe('publishing a page that shows pupils', () => {
  it('needs every tagged pupil to have public consent, names who is missing, and falls back when consent is withdrawn', async () => {
    const page = await newPage('Our class photo');
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${page.page.id}/pupils`, { pupilIds: [pupilFR.id, pupilPL.id] }), 204);
    const blocked = await read(a.founderPL, page.page.id);
    assert.deepEqual(
      blocked.publicationBlockedBy.map((pupil) => pupil.firstName),
      ['Kasia', 'Léa'],
    );
    const refused = await call(a.founderFR, 'PATCH', `/api/pages/${page.page.id}`, { visibility: 'public' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'image_consent_missing');
    assert.equal((await read(a.founderFR, page.page.id)).page.visibility, 'members');
    const consent = { accountConsentOn: today, imageConsent: 'public', imageConsentOn: today };
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pupils/${pupilFR.id}/consent`, consent), 204);
    await expectStatus(await call(a.founderPL, 'PUT', `/api/pupils/${pupilPL.id}/consent`, consent), 204);
    await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${page.page.id}`, { visibility: 'public' }), 204);
    await expectStatus(await call(a.founderPL, 'PUT', `/api/pupils/${pupilPL.id}/consent`, { ...consent, imageConsent: 'project' }), 204);
    assert.equal((await read(a.founderFR, page.page.id)).page.visibility, 'members');
    assert.equal((await read(pupilFR, page.page.id)).publicationBlockedBy.length, 0, 'pupils are not told about consent');
  });

  it('taking a pupil out of a public page makes it members-only: the published version still shows them', async () => {
    const page = await newPage('Our team');
    const consent = { accountConsentOn: today, imageConsent: 'public', imageConsentOn: today };
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pupils/${pupilFR.id}/consent`, consent), 204);
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${page.page.id}/pupils`, { pupilIds: [pupilFR.id] }), 204);
    await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${page.page.id}`, { visibility: 'public' }), 204);
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${page.page.id}/pupils`, { pupilIds: [] }), 204);
    assert.equal((await read(a.founderFR, page.page.id)).page.visibility, 'members');
    await expectStatus(await call(a.founderFR, 'PATCH', `/api/pages/${page.page.id}`, { visibility: 'public' }), 204);
    // Withdrawing the consent afterwards concerns a page that no longer shows the pupil.
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pupils/${pupilFR.id}/consent`, { ...consent, imageConsent: 'project' }), 204);
    assert.equal((await read(a.founderFR, page.page.id)).page.visibility, 'public');
  });
});

describe('history', () => {
  it('keeps versions and a teacher restores an earlier one into the open editors', async () => {
    const page = await newPage('Versions');
    const writer = open(pupilFR, page);
    await writer.acknowledged();
    writer.type('First draft.');
    await writer.acknowledged();
    writer.close();
    await waitFor(async () => (await storedHtml(page.page.id)) === '<p>First draft.</p>', 'the first draft to be stored');
    const second = open(pupilPL, page);
    await waitFor(() => second.text() === 'First draft.', 'the page to load');
    second.type(' Second draft.');
    await second.acknowledged();
    second.close();
    await waitFor(async () => (await storedHtml(page.page.id)) === '<p>First draft. Second draft.</p>', 'the second draft to be stored');
    const versions = pageVersionsSchema.parse(
      (await expectStatus(await call(pupilFR, 'GET', `/api/pages/${page.page.id}/versions`), 200)).json(),
    ).versions;
    assert.deepEqual(
      versions.map((version) => version.authors),
      [['Kasia'], ['Léa']],
    );
    const first = versions.at(-1)!;
    assert.equal((await call(pupilFR, 'POST', `/api/pages/${page.page.id}/versions/${first.id}/restore`)).statusCode, 403);
    const watcher = open(a.memberFR, page);
    await waitFor(() => watcher.text() === 'First draft. Second draft.', 'the watcher to load');
    await expectStatus(await call(a.founderPL, 'POST', `/api/pages/${page.page.id}/versions/${first.id}/restore`), 204);
    await waitFor(() => watcher.text() === 'First draft.', 'the open editor to receive the restored text');
    const after = pageVersionsSchema.parse((await call(a.founderPL, 'GET', `/api/pages/${page.page.id}/versions`)).json()).versions;
    assert.equal(after[0]!.restoredFrom, first.id);
    assert.equal(after.length, versions.length + 1, 'the text before the restore was already the latest version');
    assert.equal(
      (await expectStatus(await call(pupilFR, 'GET', `/api/pages/${page.page.id}/versions/${after[1]!.id}`), 200)).json<{ html: string }>()
        .html,
      '<p>First draft. Second draft.</p>',
    );
    watcher.close();
  });
});

describe('several server processes', () => {
  it('with Redis, pupils connected to two processes co-write, and a removal on one closes the page on the other', async () => {
    const processes = await buildAppsJoinedByRedis(database, testConfig);
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Noé Girard']);
    const noe = await signInPupil(app, card!);
    const page = await newPage('Across processes');
    const onFirst = openPage(processes[0]!.url, pupilPL.session.cookie, page.documentName);
    const onSecond = openPage(processes[1]!.url, noe.session.cookie, page.documentName);
    await Promise.all([onFirst.acknowledged(), onSecond.acknowledged()]);
    onFirst.type('Hello from process one. ');
    await waitFor(() => onSecond.text() === 'Hello from process one. ', 'the second process to relay the first one’s edit');
    onSecond.type('And from two.');
    await waitFor(() => onFirst.text() === 'Hello from process one. And from two.', 'the first process to relay the second one’s edit');
    // The teacher is served by the first process; the pupil's page is open on the second.
    await expectStatus(await caller(processes[0]!.server)(a.founderFR, 'DELETE', `/api/projects/${a.projectId}/pupils/${noe.id}`), 204);
    assert.match(await onSecond.refused, /access changed/);
    onFirst.close();
    onSecond.close();
  });
});
