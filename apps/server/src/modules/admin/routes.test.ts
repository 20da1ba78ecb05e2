import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { errorBodySchema, listOfficersResponseSchema, outboxResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser } from '../../test/factories.ts';
import { linkIn, startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });
const admin = await buildUser(database.db, { role: 'admin' });

async function asUser(user: BuiltUser) {
  return asSignedIn(await signIn(app, user));
}

describe('NSS officers', () => {
  it('an admin opens an officer account; the officer chooses a password by the mailed link and works for their country', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/admin/officers',
      headers: await asUser(admin),
      payload: { name: 'Jan Kowalski', email: 'jan.kowalski@frse.example', countryCode: 'PL', language: 'pl' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const mail = await smtp.waitForMail('jan.kowalski@frse.example', /national support officer/);
    assert.match(mail.text, /Polska/, 'the country is named in the officer’s language');
    const token = new URL(linkIn(mail, '/reset-password')).searchParams.get('token')!;
    const chosen = await app.inject({
      method: 'POST',
      url: '/api/accounts/password-reset/complete',
      payload: { token, password: 'officer password 42' },
    });
    assert.equal(chosen.statusCode, 204);
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'jan.kowalski@frse.example', password: 'officer password 42' },
    });
    assert.equal(signedIn.statusCode, 200);
    assert.equal(signedIn.json().account.can.validateTeachers, true);

    const list = listOfficersResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/admin/officers', headers: await asUser(admin) })).json(),
    );
    assert.ok(list.officers.some((officer) => officer.email === 'jan.kowalski@frse.example' && officer.countryCode === 'PL'));
  });

  it('refuses an address that already has an account, and an unknown country', async () => {
    const teacher = await buildUser(database.db);
    const taken = await app.inject({
      method: 'POST',
      url: '/api/admin/officers',
      headers: await asUser(admin),
      payload: { name: 'X', email: teacher.email, countryCode: 'FR', language: 'fr' },
    });
    assert.equal(taken.statusCode, 409);
    assert.equal(errorBodySchema.parse(taken.json()).error.code, 'email_already_registered');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/admin/officers',
      headers: await asUser(admin),
      payload: { name: 'X', email: 'x@example.org', countryCode: 'US', language: 'en' },
    });
    assert.equal(unknown.statusCode, 400);
  });

  it('closes an officer account; only officer accounts can be closed this way', async () => {
    const officer = await buildUser(database.db, { role: 'nss', countryCode: 'DE' });
    const teacher = await buildUser(database.db);
    const headers = await asUser(admin);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/admin/officers/${teacher.id}`, headers })).statusCode, 404);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/admin/officers/${officer.id}`, headers })).statusCode, 204);
    assert.equal(
      (await app.inject({ method: 'POST', url: '/api/session', payload: { email: officer.email, password: officer.password } })).statusCode,
      401,
    );
  });

  it('refuses officers, teachers and visitors', async () => {
    const officer = await buildUser(database.db, { role: 'nss', countryCode: 'FR' });
    const teacher = await buildUser(database.db);
    for (const user of [officer, teacher]) {
      const headers = await asUser(user);
      assert.equal((await app.inject({ method: 'GET', url: '/api/admin/officers', headers })).statusCode, 403);
      assert.equal(
        (
          await app.inject({
            method: 'POST',
            url: '/api/admin/officers',
            headers,
            payload: { name: 'X', email: 'new@example.org', countryCode: 'FR', language: 'fr' },
          })
        ).statusCode,
        403,
      );
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/admin/officers/${officer.id}`, headers })).statusCode, 403);
      assert.equal((await app.inject({ method: 'GET', url: '/api/admin/outbox', headers })).statusCode, 403);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/outbox' })).statusCode, 401);
  });
});

describe('the outbox', () => {
  it('shows an admin every mail, newest first, a page at a time', async () => {
    for (let index = 0; index < 3; index++) {
      await app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email: admin.email } });
    }
    await smtp.waitForMails(admin.email, /new Jumelage password/, 3);
    const headers = { cookie: (await signIn(app, admin)).cookie };
    const outboxPage = async (query: string) =>
      outboxResponseSchema.parse((await app.inject({ method: 'GET', url: `/api/admin/outbox${query}`, headers })).json());
    // The outbox marks a mail delivered right after the SMTP server took it.
    for (let attempt = 0; attempt < 100 && !(await outboxPage('?limit=2')).mails.every((mail) => mail.sentAt); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const first = await outboxPage('?limit=2');
    assert.equal(first.mails.length, 2);
    assert.ok(first.nextCursor);
    assert.ok(first.mails[0]!.createdAt >= first.mails[1]!.createdAt);
    const second = await outboxPage(`?limit=2&before=${first.nextCursor}`);
    assert.ok(second.mails.every((mail) => !first.mails.some((seen) => seen.id === mail.id)));
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/outbox?before=nonsense', headers })).statusCode, 400);
    const delivered = first.mails.filter((mail) => mail.sentAt !== null);
    assert.ok(delivered.length > 0);
    assert.ok(
      delivered.every((mail) => /token=…/.test(mail.text) && !/token=[\w-]{20}/.test(mail.text)),
      'a delivered link cannot be used by whoever reads the outbox',
    );
  });
});
