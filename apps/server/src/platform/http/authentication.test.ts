import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBodySchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, signIn } from '../../test/factories.ts';
import { buildTwinspace, createPupils } from '../../test/twinspace-factory.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });
const fromAnotherSite = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

function errorCodeOf(response: { json: () => unknown }) {
  return errorBodySchema.parse(response.json()).error.code;
}

/** Spellings of an API path that the router (or a proxy in front) may read as the same route. */
function spellingsOf(path: string): string[] {
  return [
    path.replace('/api/', '/%61pi/'),
    path.replace('/api/', '/%61%70%69/'),
    path.replace('/api/', '/API/'),
    path.replace('/api/', '/api%2F'),
    `${path}/`,
  ];
}

describe('the same-origin and CSRF check', () => {
  it('refuses a cross-site sign-in however its path is spelled', async () => {
    const user = await buildUser(database.db);
    for (const url of ['/api/session', ...spellingsOf('/api/session')]) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: fromAnotherSite,
        payload: { email: user.email, password: user.password },
      });
      assert.equal(response.statusCode, 403, url);
      assert.equal(errorCodeOf(response), 'csrf_failed', url);
    }
  });

  it('refuses a signed-in change without the CSRF token however its path is spelled', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    for (const url of spellingsOf('/api/session')) {
      const response = await app.inject({ method: 'DELETE', url, headers: { cookie: session.cookie } });
      assert.equal(response.statusCode, 403, url);
      assert.equal(errorCodeOf(response), 'csrf_failed', url);
    }
    const stillSignedIn = await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: session.cookie } });
    assert.equal(stillSignedIn.statusCode, 200);
  });

  it('refuses an unsafe request from another site even where no route answers', async () => {
    const response = await app.inject({ method: 'POST', url: '/nowhere', headers: fromAnotherSite });
    assert.equal(errorCodeOf(response), 'csrf_failed');
  });
});

describe('the session of a routed API path', () => {
  it('is read the same way for an encoded path', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const response = await app.inject({ method: 'GET', url: '/%61pi/account', headers: { cookie: session.cookie } });
    assert.equal(response.statusCode, 200);
  });

  it('keeps a pupil who must change the card password to the allowed routes, however the path is spelled', async () => {
    const twinspace = await buildTwinspace(app, database.db);
    const [card] = await createPupils(app, twinspace.founderFR, twinspace.projectId, ['Nina Petit']);
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/session/pupil',
      payload: { username: card!.username, password: card!.password },
    });
    const cookie = `jumelage_session=${signedIn.cookies.find((item) => item.name === 'jumelage_session')!.value}`;
    for (const url of [`/%61pi/projects/${twinspace.projectId}/twinspace`, `/api/projects/${twinspace.projectId}/twin%73pace`]) {
      const gated = await app.inject({ method: 'GET', url, headers: { cookie } });
      assert.equal(errorCodeOf(gated), 'password_change_required', url);
    }
    for (const url of ['/%61pi/account', '/api/accoun%74', '/api/account/']) {
      const allowed = await app.inject({ method: 'GET', url, headers: { cookie } });
      assert.equal(allowed.statusCode, 200, url);
    }
  });
});
