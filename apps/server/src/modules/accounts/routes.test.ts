import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { errorBodySchema, sessionResponseSchema, type RegisterRequest } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildSchool, buildUser, signIn } from '../../test/factories.ts';
import { linkIn, startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url, publicUrl: 'http://jumelage.test' } });
const lyonSchool = await buildSchool(database.db, { countryCode: 'FR', name: 'École Jean Moulin', town: 'Lyon' });

function registration(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  return {
    email: `teacher-${crypto.randomUUID()}@example.org`,
    password: 'a long enough password',
    name: 'Camille Martin',
    staffRole: 'teacher',
    countryCode: 'FR',
    school: { existingId: lyonSchool.id },
    language: 'en',
    ...overrides,
  };
}

async function userCount(): Promise<number> {
  const row = await database.db
    .selectFrom('users')
    .select((select) => select.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function errorCodeOf(response: { json: () => unknown }) {
  return errorBodySchema.parse(response.json()).error.code;
}

describe('registration and e-mail confirmation', () => {
  it('registers a pending teacher, who confirms by the mailed link and then signs in', async () => {
    const request = registration();
    const registered = await app.inject({ method: 'POST', url: '/api/accounts', payload: request });
    assert.equal(registered.statusCode, 202);

    const before = await app.inject({ method: 'POST', url: '/api/session', payload: { email: request.email, password: request.password } });
    assert.equal(before.statusCode, 403);
    assert.equal(errorCodeOf(before), 'email_not_confirmed');

    const mail = await smtp.waitForMail(request.email, /Confirm your e-mail/);
    const token = new URL(linkIn(mail, '/confirm-email')).searchParams.get('token')!;
    const confirmed = await app.inject({ method: 'POST', url: '/api/accounts/confirm-email', payload: { token } });
    assert.equal(confirmed.statusCode, 200);
    const again = await app.inject({ method: 'POST', url: '/api/accounts/confirm-email', payload: { token } });
    assert.equal(again.statusCode, 400);
    assert.equal(errorCodeOf(again), 'invalid_token', 'a link works once');

    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: request.email, password: request.password },
    });
    assert.equal(signedIn.statusCode, 200);
    const cookie = signedIn.cookies.find((candidate) => candidate.name === 'jumelage_session');
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie.sameSite, 'Lax');
    const { account } = sessionResponseSchema.parse(signedIn.json());
    assert.equal(account.status, 'pending');
    assert.equal(account.school?.name, 'École Jean Moulin');
    assert.deepEqual(account.can, {
      editProfile: true,
      manageAccount: true,
      useTeacherTools: false,
      useTwinspaces: false,
      requestReview: false,
      validateTeachers: false,
      reviewProjects: false,
      workForAnyCountry: false,
      manageOfficers: false,
    });
  });

  it('registers with a new school of the country, which then appears in the school search', async () => {
    const request = registration({
      school: {
        new: { name: 'Lycée Victor Hugo', countryCode: 'FR', regionId: 'FR-BESANCON', town: 'Besançon', level: 'upper_secondary' },
      },
    });
    assert.equal((await app.inject({ method: 'POST', url: '/api/accounts', payload: request })).statusCode, 202);
    const search = await app.inject({ method: 'GET', url: '/api/schools?country=FR&q=lycee%20besancon' });
    assert.deepEqual(
      search.json<{ schools: Array<{ name: string; regionName: string }> }>().schools.map((school) => [school.name, school.regionName]),
      [['Lycée Victor Hugo', 'Besançon']],
    );
  });

  it('answers an already registered address exactly as a new one, and warns its owner by mail', async () => {
    const existing = await buildUser(database.db);
    const count = await userCount();
    const response = await app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: registration({ email: existing.email.toUpperCase() }),
    });
    assert.equal(response.statusCode, 202);
    assert.deepEqual(response.json(), { status: 'accepted' });
    assert.equal(await userCount(), count);
    await smtp.waitForMail(existing.email, /tried to register/);
  });

  for (const [what, overrides, path] of [
    ['a short password', { password: 'short' }, 'body.password'],
    ['a malformed e-mail', { email: 'not-an-address' }, 'body.email'],
    ['an unknown field', { role: 'admin' } as Partial<RegisterRequest>, 'body'],
  ] as const) {
    it(`refuses ${what} with validation_failed and creates nothing`, async () => {
      const count = await userCount();
      const response = await app.inject({ method: 'POST', url: '/api/accounts', payload: registration(overrides) });
      assert.equal(response.statusCode, 400);
      const { error } = errorBodySchema.parse(response.json());
      assert.equal(error.code, 'validation_failed');
      assert.ok(
        error.issues?.some((issue) => issue.path.startsWith(path)),
        JSON.stringify(error.issues),
      );
      assert.equal(await userCount(), count);
    });
  }

  it('refuses bad input for a registered address exactly as for a new one', async () => {
    const existing = await buildUser(database.db);
    const response = await app.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: registration({ email: existing.email, countryCode: 'US' }),
    });
    assert.equal(response.statusCode, 400, 'the answer does not depend on whether the address is known');
    assert.equal(errorCodeOf(response), 'validation_failed');
  });

  it('refuses a country that does not take part, a school of another country, and a French school without académie', async () => {
    const polishSchool = await buildSchool(database.db, { countryCode: 'PL' });
    const count = await userCount();
    for (const payload of [
      registration({ countryCode: 'US' }),
      registration({ school: { existingId: polishSchool.id } }),
      registration({ school: { new: { name: 'École du Lac', countryCode: 'FR', regionId: null, town: 'Annecy', level: 'primary' } } }),
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/accounts', payload });
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(errorCodeOf(response), 'validation_failed');
    }
    assert.equal(await userCount(), count);
  });
});

describe('signing in', () => {
  it('gives the same error for an unknown address and a wrong password', async () => {
    const user = await buildUser(database.db);
    const wrongPassword = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: 'wrong password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'nobody@example.org', password: 'wrong password' },
    });
    assert.equal(wrongPassword.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(
      [errorBodySchema.parse(wrongPassword.json()).error.message, errorCodeOf(wrongPassword)],
      [errorBodySchema.parse(unknown.json()).error.message, errorCodeOf(unknown)],
    );
  });

  it('slows down a first sign-in from an address after 30 failures across accounts (sign-in-pace.test.ts has the rest)', async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: `guess-${attempt}@example.org`, password: 'guess' },
        remoteAddress: '192.0.2.7',
      });
    }
    const user = await buildUser(database.db);
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: user.password },
      remoteAddress: '192.0.2.7',
    });
    assert.equal(response.statusCode, 429);
  });

  it("behind a trusted proxy, limits the client's address, not the proxy's", async () => {
    const proxied = await buildTestApp({ database, config: { trustProxy: true } });
    for (let attempt = 0; attempt < 30; attempt++) {
      await proxied.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: `proxied-${attempt}@example.org`, password: 'guess' },
        headers: { 'x-forwarded-for': '203.0.113.5' },
      });
    }
    const user = await buildUser(database.db);
    const sameClient = await proxied.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: user.password },
      headers: { 'x-forwarded-for': '203.0.113.5' },
    });
    assert.equal(sameClient.statusCode, 429);
    const otherClient = await proxied.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: user.password },
      headers: { 'x-forwarded-for': '203.0.113.6' },
    });
    assert.equal(otherClient.statusCode, 200);
  });

  it('signs out: the session no longer opens anything', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/session', headers: asSignedIn(session) })).statusCode, 204);
    const current = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: session.cookie } });
    assert.deepEqual(current.json(), { session: null });
    const account = await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: session.cookie } });
    assert.equal(account.statusCode, 401);
    assert.equal(errorCodeOf(account), 'unauthenticated');
  });
});

describe('profile and CSRF', () => {
  const profile = {
    name: 'Camille Martin-Durand',
    language: 'fr',
    subjects: ['history', 'geography'],
    pupilAgeMin: 12,
    pupilAgeMax: 15,
    workingLanguages: ['fr', 'en'],
    presentation: 'Professeure d’histoire-géographie, j’aime les projets autour de la mémoire.',
    lookingForPartners: true,
    hiddenFromSearch: false,
  };

  it('lets a pending teacher complete their profile', async () => {
    const user = await buildUser(database.db, { status: 'pending' });
    const session = await signIn(app, user);
    const response = await app.inject({ method: 'PUT', url: '/api/account/profile', headers: asSignedIn(session), payload: profile });
    assert.equal(response.statusCode, 200, response.body);
    const account = await app.inject({ method: 'GET', url: '/api/account', headers: { cookie: session.cookie } });
    assert.deepEqual(account.json().profile, {
      subjects: ['history', 'geography'],
      pupilAgeMin: 12,
      pupilAgeMax: 15,
      workingLanguages: ['fr', 'en'],
      presentation: profile.presentation,
      lookingForPartners: true,
      hiddenFromSearch: false,
    });
    assert.equal(account.json().language, 'fr');
  });

  it('refuses a reversed age range, an unknown subject and an overlong presentation', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    for (const bad of [{ pupilAgeMin: 16, pupilAgeMax: 9 }, { subjects: ['alchemy'] }, { presentation: 'x'.repeat(2001) }]) {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/account/profile',
        headers: asSignedIn(session),
        payload: { ...profile, ...bad },
      });
      assert.equal(response.statusCode, 400);
      assert.equal(errorCodeOf(response), 'validation_failed');
    }
  });

  it('refuses a change without the CSRF token, or from another site', async () => {
    const user = await buildUser(database.db);
    const session = await signIn(app, user);
    const withoutToken = await app.inject({
      method: 'PUT',
      url: '/api/account/profile',
      headers: { cookie: session.cookie },
      payload: profile,
    });
    assert.equal(withoutToken.statusCode, 403);
    assert.equal(errorCodeOf(withoutToken), 'csrf_failed');
    const crossSite = await app.inject({
      method: 'PUT',
      url: '/api/account/profile',
      headers: { ...asSignedIn(session), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: profile,
    });
    assert.equal(crossSite.statusCode, 403);
    assert.equal(errorCodeOf(crossSite), 'csrf_failed');
  });

  it('refuses anonymous visitors', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/account' })).statusCode, 401);
    assert.equal((await app.inject({ method: 'PUT', url: '/api/account/profile', payload: profile })).statusCode, 401);
  });
});
