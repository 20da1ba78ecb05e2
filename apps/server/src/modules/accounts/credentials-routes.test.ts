import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { errorBodySchema, listSessionsResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn } from '../../test/factories.ts';
import { linkIn, startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });

const newPassword = 'another long password';

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token')!;
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  return response.statusCode === 200;
}

describe('password reset', () => {
  it('mails a single-use link that sets a new password and ends every session', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const requested = await app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email: user.email } });
    assert.equal(requested.statusCode, 202);
    const token = tokenOf(linkIn(await smtp.waitForMail(user.email, /new Jumelage password/), '/reset-password'));

    const reset = await app.inject({
      method: 'POST',
      url: '/api/accounts/password-reset/complete',
      payload: { token, password: newPassword },
    });
    assert.equal(reset.statusCode, 204);
    assert.equal(await canSignIn(user.email, user.password), false);
    assert.equal(await canSignIn(user.email, newPassword), true);
    const old = await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: session.cookie } });
    assert.equal(old.statusCode, 401, 'the session opened before the reset is closed');

    const again = await app.inject({
      method: 'POST',
      url: '/api/accounts/password-reset/complete',
      payload: { token, password: 'yet another password' },
    });
    assert.equal(again.statusCode, 400);
    assert.equal(errorBodySchema.parse(again.json()).error.code, 'invalid_token');
  });

  it('refuses an expired link', async () => {
    const user = await buildUser(database.db);
    await app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email: user.email } });
    const token = tokenOf(linkIn(await smtp.waitForMail(user.email, /new Jumelage password/), '/reset-password'));
    await database.db
      .updateTable('account_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    const response = await app.inject({
      method: 'POST',
      url: '/api/accounts/password-reset/complete',
      payload: { token, password: newPassword },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(await canSignIn(user.email, user.password), true);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/accounts/password-reset',
      payload: { email: 'nobody-here@example.org' },
    });
    assert.equal(response.statusCode, 202);
    assert.deepEqual(response.json(), { status: 'accepted' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(smtp.received.filter((mail) => mail.to.includes('nobody-here')).length, 0);
  });
});

describe('limits on mailed links and password checks', () => {
  it('sends an address at most 3 links an hour, answering every request the same', async () => {
    const user = await buildUser(database.db);
    for (let index = 0; index < 4; index++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/accounts/password-reset',
        payload: { email: user.email },
        remoteAddress: `10.2.0.${index}`,
      });
      assert.equal(response.statusCode, 202);
    }
    await smtp.waitForMails(user.email, /new Jumelage password/, 3);
    // The fourth request's work runs after its answer: give it time to (not) send.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(smtp.received.filter((mail) => mail.to.includes(user.email)).length, 3);
  });

  it('refuses an 11th request for a link from one address within the hour', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 11; index++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/accounts/password-reset',
        payload: { email: `someone-${index}@example.org` },
        remoteAddress: '198.51.100.9',
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses, [...Array<number>(10).fill(202), 429]);
  });

  it('stops guessing the current password with a signed-in session after 5 tries', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) {
      const response = await app.inject({
        method: 'DELETE',
        url: '/api/account',
        headers: asSignedIn(session),
        payload: { password: `guess ${index}` },
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    assert.equal(await canSignIn(user.email, user.password), true);
  });

  it('retires every older link once a password is reset', async () => {
    const user = await buildUser(database.db);
    await app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email: user.email }, remoteAddress: '10.3.0.1' });
    const first = tokenOf(linkIn(await smtp.waitForMail(user.email, /new Jumelage password/), '/reset-password'));
    await app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email: user.email }, remoteAddress: '10.3.0.2' });
    const links = (await smtp.waitForMails(user.email, /new Jumelage password/, 2)).map((mail) => tokenOf(linkIn(mail, '/reset-password')));
    const second = links.find((token) => token !== first)!;
    assert.equal(
      (
        await app.inject({
          method: 'POST',
          url: '/api/accounts/password-reset/complete',
          payload: { token: second, password: newPassword },
        })
      ).statusCode,
      204,
    );
    assert.equal(
      (
        await app.inject({
          method: 'POST',
          url: '/api/accounts/password-reset/complete',
          payload: { token: first, password: 'a third password' },
        })
      ).statusCode,
      400,
    );
  });
});

describe('password and e-mail changes', () => {
  it('changes the password with the current one, ending the other sessions only', async () => {
    const user = await buildUser(database.db);
    const here = await signIn(app, user);
    const elsewhere = await signIn(app, user);
    const wrong = await app.inject({
      method: 'PUT',
      url: '/api/account/password',
      headers: asSignedIn(here),
      payload: { currentPassword: 'not it', newPassword },
    });
    assert.equal(wrong.statusCode, 401);
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/account/password',
      headers: asSignedIn(here),
      payload: { currentPassword: user.password, newPassword },
    });
    assert.equal(changed.statusCode, 204);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: here.cookie } })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: elsewhere.cookie } })).statusCode, 401);
    assert.equal(await canSignIn(user.email, newPassword), true);
  });

  it('changes the e-mail address only once the new one is confirmed', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const newEmail = `renamed-${crypto.randomUUID()}@example.org`;
    const requested = await app.inject({
      method: 'POST',
      url: '/api/account/email',
      headers: asSignedIn(session),
      payload: { newEmail, password: user.password },
    });
    assert.equal(requested.statusCode, 202);
    assert.equal(await canSignIn(user.email, user.password), true, 'the old address works until the new one is confirmed');
    const token = tokenOf(linkIn(await smtp.waitForMail(newEmail, /Confirm your e-mail/), '/confirm-email'));
    assert.equal((await app.inject({ method: 'POST', url: '/api/accounts/confirm-email', payload: { token } })).statusCode, 200);
    assert.equal(await canSignIn(newEmail, user.password), true);
    assert.equal(await canSignIn(user.email, user.password), false);
  });

  it("never gives someone else's address: its owner is warned, the answer is the same", async () => {
    const owner = await buildUser(database.db);
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const response = await app.inject({
      method: 'POST',
      url: '/api/account/email',
      headers: asSignedIn(session),
      payload: { newEmail: owner.email, password: user.password },
    });
    assert.equal(response.statusCode, 202);
    await smtp.waitForMail(owner.email, /tried to register/);
    const row = await database.db.selectFrom('users').select('email').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.email, user.email);
  });
});

describe('sessions and deletion', () => {
  it('lists my sessions, marks this one, and ends another; not someone else’s', async () => {
    const user = await buildUser(database.db);
    const stranger = await buildUser(database.db);
    const here = await signIn(app, user);
    const other = await signIn(app, user);
    const strangerSession = await signIn(app, stranger);
    const list = listSessionsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/account/sessions', headers: { cookie: here.cookie } })).json(),
    );
    assert.equal(list.sessions.length, 2);
    assert.equal(list.sessions.filter((session) => session.current).length, 1);
    const otherId = list.sessions.find((session) => !session.current)!.id;

    const strangerList = listSessionsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/account/sessions', headers: { cookie: strangerSession.cookie } })).json(),
    );
    const refused = await app.inject({
      method: 'DELETE',
      url: `/api/account/sessions/${strangerList.sessions[0]!.id}`,
      headers: asSignedIn(here),
    });
    assert.equal(refused.statusCode, 404);

    assert.equal(
      (await app.inject({ method: 'DELETE', url: `/api/account/sessions/${otherId}`, headers: asSignedIn(here) })).statusCode,
      204,
    );
    assert.equal((await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: other.cookie } })).statusCode, 401);
    assert.equal((await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: strangerSession.cookie } })).statusCode, 200);
  });

  it('deletes my account with my password, and nothing without it, and forgets where I signed in from', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const refused = await app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: asSignedIn(session),
      payload: { password: 'wrong' },
    });
    assert.equal(refused.statusCode, 401);
    assert.equal(await canSignIn(user.email, 'a wrong password'), false);
    assert.equal(await canSignIn(user.email, user.password), true);
    const signInTraces = async () => [
      ...(await database.db.selectFrom('login_failures').select('ip').where('email', '=', user.email).execute()),
      ...(await database.db.selectFrom('sign_in_addresses').select('ip').where('login', '=', user.email).execute()),
    ];
    assert.notDeepEqual(await signInTraces(), []);
    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: asSignedIn(session),
      payload: { password: user.password },
    });
    assert.equal(deleted.statusCode, 204);
    assert.deepEqual(await signInTraces(), []);
    assert.equal(await canSignIn(user.email, user.password), false);
    const profile = await database.db.selectFrom('teacher_profiles').select('user_id').where('user_id', '=', user.id).executeTakeFirst();
    assert.equal(profile, undefined);
  });

  it('refuses all of it to an anonymous visitor', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/account/sessions' })).statusCode, 401);
    assert.equal(
      (await app.inject({ method: 'PUT', url: '/api/account/password', payload: { currentPassword: 'x', newPassword } })).statusCode,
      401,
    );
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/account', payload: { password: 'x' } })).statusCode, 401);
  });
});
