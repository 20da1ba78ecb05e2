import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { listSessionsResponseSchema, type PageDetail } from '@jumelage/contracts';
import { addProjectMember } from '../../test/project-factory.ts';
import { buildAppsJoinedByRedis, buildTestApp, listening } from '../../test/app.ts';
import { openPage, within, type CollabClient } from '../../test/collab-client.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, signIn, type BuiltUser } from '../../test/factories.ts';
import { linkIn, startSmtpServer } from '../../test/smtp.ts';
import { buildTwinspace, caller, createPage, expectStatus, type Person } from '../../test/twinspace-factory.ts';
import { loadPageState } from './storage.ts';
import { documentFrom, renderHtml } from './document.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const db = database.db;
// Open pages are checked again only hourly here: only the announcement can close them in time.
const config = { smtpUrl: smtp.url, pageAccessRecheckMs: 3_600_000 };
const app = await buildTestApp({ database, config });
const baseUrl = await listening(app);
const call = caller(app);
const a = await buildTwinspace(app, db, 'Sessions that end');
const school = await db.selectFrom('users').select('school_id').where('id', '=', a.founderFR.id).executeTakeFirstOrThrow();

/** A teacher of the project with two sessions: a laptop with the page open, and a phone. */
async function teacherOnTwoDevices(name: string): Promise<{ user: BuiltUser; laptop: Person; phone: Person }> {
  const user = await buildUser(db, { countryCode: 'FR', schoolId: school.school_id!, name });
  await addProjectMember(db, a.projectId, user.id);
  return { user, laptop: { id: user.id, session: await signIn(app, user) }, phone: { id: user.id, session: await signIn(app, user) } };
}

async function sessionIdOf(who: Person): Promise<string> {
  const { sessions } = listSessionsResponseSchema.parse((await expectStatus(await call(who, 'GET', '/api/account/sessions'), 200)).json());
  return sessions.find((session) => session.current)!.id;
}

const open = (who: Person, page: PageDetail, url = baseUrl) => openPage(url, who.session.cookie, page.documentName);

/** Within two seconds (the periodic check is an hour away), and what is typed after it is not stored. */
async function expectSignedOut(client: CollabClient, page: PageDetail): Promise<void> {
  assert.equal(await within(2_000, client.refused), 'signed out');
  client.type('typed after the session ended');
  await new Promise((resolve) => setTimeout(resolve, 300));
  client.close();
  assert.doesNotMatch(renderHtml(documentFrom(await loadPageState(db, page.page.id))), /after the session ended/);
}

/** The other session's page stays open and its edits are stored. */
async function expectStillWriting(client: CollabClient): Promise<void> {
  client.type('Still here.');
  await client.acknowledged();
  assert.equal(client.provider.isSynced, true);
  client.close();
}

async function openOnBoth(laptop: Person, phone: Person, title: string) {
  const page = await createPage(app, a.founderFR, a.projectId, title);
  const [onLaptop, onPhone] = [open(laptop, page), open(phone, page)];
  await Promise.all([onLaptop.acknowledged(), onPhone.acknowledged()]);
  return { page, onLaptop, onPhone };
}

describe('a session that ends closes its open pages at once', () => {
  it('signing out', async () => {
    const { laptop, phone } = await teacherOnTwoDevices('Signs out');
    const { page, onLaptop, onPhone } = await openOnBoth(laptop, phone, 'Signing out');
    await expectStatus(await call(laptop, 'DELETE', '/api/session'), 204);
    await expectSignedOut(onLaptop, page);
    await expectStillWriting(onPhone);
  });

  it('ending it from another session on the security page', async () => {
    const { laptop, phone } = await teacherOnTwoDevices('Ends a session');
    const { page, onLaptop, onPhone } = await openOnBoth(laptop, phone, 'Ended from the phone');
    await expectStatus(await call(phone, 'DELETE', `/api/account/sessions/${await sessionIdOf(laptop)}`), 204);
    await expectSignedOut(onLaptop, page);
    await expectStillWriting(onPhone);
  });

  it('changing the password, which ends the other sessions', async () => {
    const { user, laptop, phone } = await teacherOnTwoDevices('Changes the password');
    const { page, onLaptop, onPhone } = await openOnBoth(laptop, phone, 'A new password');
    await expectStatus(
      await call(phone, 'PUT', '/api/account/password', { currentPassword: user.password, newPassword: 'a brand new long password' }),
      204,
    );
    await expectSignedOut(onLaptop, page);
    await expectStillWriting(onPhone);
  });

  it('resetting the password by mail, which ends every session', async () => {
    const { user, laptop, phone } = await teacherOnTwoDevices('Resets the password');
    const { page, onLaptop, onPhone } = await openOnBoth(laptop, phone, 'A reset');
    await expectStatus(await app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email: user.email } }), 202);
    const token = new URL(linkIn(await smtp.waitForMail(user.email, /new Jumelage password/), '/reset-password')).searchParams.get('token');
    await expectStatus(
      await app.inject({
        method: 'POST',
        url: '/api/accounts/password-reset/complete',
        payload: { token, password: 'a brand new long password' },
      }),
      204,
    );
    await Promise.all([expectSignedOut(onLaptop, page), expectSignedOut(onPhone, page)]);
  });

  it('with Redis, signing out on one process closes the page open on another', async () => {
    const [first, second] = await buildAppsJoinedByRedis(database, config);
    const { laptop } = await teacherOnTwoDevices('Signs out across processes');
    const page = await createPage(app, a.founderFR, a.projectId, 'Across processes');
    const onSecond = open(laptop, page, second!.url);
    await onSecond.acknowledged();
    await expectStatus(await caller(first!.server)(laptop, 'DELETE', '/api/session'), 204);
    await expectSignedOut(onSecond, page);
  });
});
