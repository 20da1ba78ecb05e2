import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { domainModules } from '../../modules/registry.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase } from '../database.ts';
import { asSignedIn, buildUser, signIn } from '../factories.ts';
import { linkIn, startSmtpServer } from '../smtp.ts';
import { projectArchiveParts } from '../../platform/archive/project-archive.ts';
import { personalDataOf } from '../../platform/privacy/personal-data.ts';
import { fixtureModule } from './module.ts';
import { createWavesTable } from './waves.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
await createWavesTable(database.db);
const modules = [...domainModules, fixtureModule];
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url }, modules });

describe('a domain added as a module, with no edit outside its folder', () => {
  it('gets its routes, its events handled, its notifications delivered in the app and by mail in the reader’s language', async () => {
    const [waver, colleague] = await Promise.all([
      buildUser(database.db, { name: 'Wanda Waver' }),
      buildUser(database.db, { name: 'Colin Colleague' }),
    ]);
    await database.db.updateTable('users').set({ language: 'fr' }).where('id', '=', colleague.id).execute();
    const session = await signIn(app, waver);
    const waved = await app.inject({
      method: 'POST',
      url: '/api/fixture/waves',
      headers: asSignedIn(session),
      payload: { toUserId: colleague.id },
    });
    assert.equal(waved.statusCode, 204);

    // In place when the answer came.
    const listed = await app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: { cookie: (await signIn(app, colleague)).cookie },
    });
    const [notification] = listed.json<{ notifications: Array<Record<string, unknown>> }>().notifications;
    assert.deepEqual(
      {
        kind: notification?.kind,
        subjectType: notification?.subjectType,
        subjectId: notification?.subjectId,
        path: notification?.path,
        actorName: notification?.actorName,
      },
      { kind: 'fixture_waved', subjectType: 'user', subjectId: colleague.id, path: '/fixture', actorName: 'Wanda Waver' },
    );
    const audit = await database.db
      .selectFrom('audit_entries')
      .select(['actor_id', 'action', 'subject_type', 'subject_id'])
      .where('action', '=', 'fixture.waved')
      .execute();
    assert.deepEqual(audit, [{ actor_id: waver.id, action: 'fixture.waved', subject_type: 'user', subject_id: colleague.id }]);

    const mail = await smtp.waitForMail(colleague.email, /Wanda Waver vous fait signe/);
    assert.match(mail.text, /^Bonjour Colin Colleague,/);
    assert.ok(linkIn(mail, '/fixture'));
  });
});

describe('what the added module keeps', () => {
  it('is part of a person’s data and of a project’s archive, and is erased with the account, keeping what others received', async () => {
    const [waver, colleague] = await Promise.all([buildUser(database.db), buildUser(database.db)]);
    const projectId = crypto.randomUUID();
    const waved = await app.inject({
      method: 'POST',
      url: '/api/fixture/waves',
      headers: asSignedIn(await signIn(app, waver)),
      payload: { toUserId: colleague.id, projectId },
    });
    assert.equal(waved.statusCode, 204);

    const personalData = personalDataOf(modules);
    const exported = await personalData.export(database.db, waver.id);
    assert.deepEqual(Object.keys(exported), ['accounts', 'fixture']);
    assert.deepEqual(
      (exported.fixture as { waves: Array<{ from: string; to: string }> }).waves.map(({ from, to }) => ({ from, to })),
      [{ from: waver.id, to: colleague.id }],
    );

    const archive = await projectArchiveParts(modules, database.db, projectId);
    assert.deepEqual(Object.keys(archive), ['fixture']);
    const [file] = archive.fixture?.files ?? [];
    assert.ok(file);
    assert.equal(file.path, 'waves.txt');
    assert.equal((await (await file.open()).toArray()).join(''), '1 wave(s) in this project.\n');

    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: asSignedIn(await signIn(app, waver)),
      payload: { password: waver.password },
    });
    assert.equal(deleted.statusCode, 204);
    assert.deepEqual(await personalData.export(database.db, waver.id), {});
    const received = (await personalData.export(database.db, colleague.id)).fixture as { waves: Array<{ from: string | null }> };
    assert.deepEqual(
      received.waves.map(({ from }) => from),
      [null],
    );
  });
});
