import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBodySchema, schoolPupilsSchema, twinspaceHomeSchema, type PupilCard, type TwinspaceHome } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildTwinspace, caller, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });
const call = caller(app);
const today = new Date().toISOString().slice(0, 10);

const a = await buildTwinspace(app, database.db, 'Project A');
const b = await buildTwinspace(app, database.db, 'Project B');

async function home(who: Person, projectId = a.projectId): Promise<TwinspaceHome> {
  return twinspaceHomeSchema.parse((await expectStatus(await call(who, 'GET', `/api/projects/${projectId}/twinspace`), 200)).json());
}

function pupilLogin(card: Pick<PupilCard, 'username' | 'password'>) {
  return app.inject({ method: 'POST', url: '/api/session/pupil', payload: { username: card.username, password: card.password } });
}

async function pupilCount(): Promise<number> {
  const row = await database.db
    .selectFrom('pupils')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('pupil accounts', () => {
  it('are created in bulk with usernames and one-time passwords, in the teacher school, in the project', async () => {
    const cards = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin', 'Hugo Bernard', 'Zoé']);
    assert.equal(cards.length, 3);
    assert.match(cards[0]!.username, /^lea\.m\d{2,}$/);
    assert.match(cards[2]!.username, /^zoe\.\d{2,}$/);
    assert.equal(new Set(cards.map((card) => card.username)).size, 3);
    for (const card of cards) assert.match(card.password, /^[a-z]{4}-[a-z]{4}-\d{2}$/);
    const listed = schoolPupilsSchema.parse(
      (await expectStatus(await call(a.founderFR, 'GET', `/api/projects/${a.projectId}/pupils`), 200)).json(),
    );
    const lea = listed.pupils.find((pupil) => pupil.id === cards[0]!.id)!;
    assert.deepEqual(
      [
        lea.lastName,
        lea.account?.accountConsentOn,
        lea.account?.accountConsentBy,
        lea.account?.imageConsent,
        lea.account?.passwordMustChange,
      ],
      ['Martin', today, 'Founder FR', 'none', true],
    );
    assert.deepEqual(
      lea.projects.map((project) => project.title),
      ['Project A'],
    );
  });

  it('sign in with the card once, must choose a password first, then see only their TwinSpaces', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Nina Petit']);
    const first = await pupilLogin(card!);
    assert.equal(first.statusCode, 200);
    assert.equal(first.json<{ account: { role: string; passwordMustChange: boolean; email: null } }>().account.passwordMustChange, true);
    const cookie = `jumelage_session=${first.cookies.find((item) => item.name === 'jumelage_session')!.value}`;
    const early = await app.inject({ method: 'GET', url: `/api/projects/${a.projectId}/twinspace`, headers: { cookie } });
    assert.equal(early.json<{ error: { code: string } }>().error.code, 'password_change_required');

    const pupil = await signInPupil(app, card!);
    assert.equal((await pupilLogin(card!)).statusCode, 401, 'the card password works once');
    const mine = (await expectStatus(await call(pupil, 'GET', '/api/my-twinspaces'), 200)).json<{
      twinspaces: Array<{ title: string; role: string }>;
    }>();
    assert.deepEqual(mine.twinspaces, [{ projectId: a.projectId, title: 'Project A', status: 'active', role: 'pupil' }]);
    assert.equal((await home(pupil)).me.role, 'pupil');
  });

  it('cannot sign in before a teacher records the family agreement', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Paul Durand'], null);
    assert.equal((await pupilLogin({ ...card!, password: 'wrong-password-1' })).statusCode, 401);
    const refused = await pupilLogin(card!);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'account_consent_missing');
    await expectStatus(
      await call(a.founderFR, 'PUT', `/api/pupils/${card!.id}/consent`, {
        accountConsentOn: today,
        imageConsent: 'project',
        imageConsentOn: today,
      }),
      204,
    );
    assert.equal((await pupilLogin(card!)).statusCode, 200);
  });

  it('sign in with the username as typed on the card, but a malformed one is a 400 naming the field, counted against nobody', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Jules Faure']);
    assert.equal(
      (await pupilLogin({ ...card!, username: `  ${card!.username.toUpperCase()} ` })).statusCode,
      200,
      'capitals and spaces around are forgiven',
    );
    const failures = async () =>
      Number(
        (
          await database.db
            .selectFrom('login_failures')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      );
    const before = await failures();
    const malformed: unknown[] = [
      '',
      '   ',
      'ju',
      'jules f42',
      'jules.f4'.repeat(25),
      'jules.f42\u0000',
      'jules\u0007.f42',
      '\u202ejules.f42',
      'jules.f42\u200b',
      'jülés.f42',
      'jules/f42',
      'жюль.f42',
      42,
      null,
    ];
    for (const username of malformed) {
      const response = await app.inject({ method: 'POST', url: '/api/session/pupil', payload: { username, password: card!.password } });
      assert.equal(response.statusCode, 400, JSON.stringify(username));
      const { error } = response.json<{ error: { code: string; issues: Array<{ path: string }> } }>();
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(
        error.issues.map((issue) => issue.path),
        ['body.username'],
        'the page shows its translated message at the username field',
      );
    }
    assert.equal(
      (await app.inject({ method: 'POST', url: '/api/session/pupil', payload: { password: card!.password } })).statusCode,
      400,
      'no username at all',
    );
    assert.equal(await failures(), before, 'a refused request is not a failed sign-in');
  });

  it('are refused bad lists and dates, and nothing is created', async () => {
    const before = await pupilCount();
    const url = `/api/projects/${a.projectId}/pupils`;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const bad = [
      { pupils: [], accountConsentOn: null },
      { pupils: Array.from({ length: 61 }, () => ({ firstName: 'Tom' })), accountConsentOn: null },
      { pupils: [{ firstName: '  ' }], accountConsentOn: null },
      { pupils: [{ firstName: 'Tom', email: 'tom@example.org' }], accountConsentOn: null },
      { pupils: [{ firstName: 'Tom' }], accountConsentOn: tomorrow },
      { pupils: [{ firstName: 'Tom' }, { firstName: 'x'.repeat(61) }], accountConsentOn: null },
    ];
    for (const body of bad) assert.equal((await call(a.founderFR, 'POST', url, body)).statusCode, 400, JSON.stringify(body).slice(0, 80));
    assert.equal(await pupilCount(), before);
  });
});

describe('who sees which pupil', () => {
  it('other schools see a first name and the school; only the own school sees the last name', async () => {
    const [frCard] = await createPupils(app, a.founderFR, a.projectId, ['Camille Lefèvre']);
    const [plCard] = await createPupils(app, a.founderPL, a.projectId, ['Kasia Nowak']);
    const frPupil = await signInPupil(app, frCard!);
    const plPupil = await signInPupil(app, plCard!);
    const find = (view: TwinspaceHome, id: string) => view.schools.flatMap((school) => school.pupils).find((pupil) => pupil.id === id)!;

    assert.equal(find(await home(a.founderFR), frCard!.id).lastName, 'Lefèvre');
    assert.equal(find(await home(a.memberFR), frCard!.id).lastName, 'Lefèvre');
    assert.equal(find(await home(a.founderPL), frCard!.id).lastName, null);
    assert.equal(find(await home(a.memberFR), frCard!.id).imageConsent, 'none', 'the teachers who look after the pupil see consent');
    assert.equal(find(await home(a.founderPL), frCard!.id).imageConsent, null, 'a partner school does not');
    const seenByPupil = find(await home(plPupil), frCard!.id);
    assert.deepEqual([seenByPupil.firstName, seenByPupil.lastName, seenByPupil.imageConsent], ['Camille', null, null]);
    assert.equal(find(await home(frPupil), frCard!.id).lastName, null, 'pupils never see last names, even of their classmates');
    const body = (await call(plPupil, 'GET', `/api/projects/${a.projectId}/twinspace`)).body;
    assert.doesNotMatch(body, /Lefèvre|Nowak|username|accountConsent/);
  });
});

describe('what a pupil may not do', () => {
  it('reads nothing of another project, searches nobody, administers nothing', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Louis Roux']);
    const pupil = await signInPupil(app, card!);
    const refused: Array<[Parameters<typeof call>[1], string, unknown?]> = [
      ['GET', `/api/projects/${b.projectId}/twinspace`],
      ['GET', `/api/projects/${a.projectId}`],
      ['GET', `/api/projects/${a.projectId}/pupils`],
      ['POST', `/api/projects/${a.projectId}/pupils`, { pupils: [{ firstName: 'Max' }], accountConsentOn: null }],
      ['DELETE', `/api/projects/${a.projectId}/pupils/${card!.id}`],
      ['POST', `/api/pupils/${card!.id}/password`],
      ['DELETE', `/api/projects/${a.projectId}/members/${a.memberFR.id}`],
      ['GET', '/api/partners'],
      ['GET', '/api/partners/suggestions'],
      ['GET', '/api/ideas'],
      ['GET', '/api/my-contacts'],
      ['GET', '/api/my-projects'],
      ['PUT', '/api/account/email', { newEmail: 'louis@example.org', password: 'my own secret words' }],
      ['DELETE', '/api/account', { password: 'my own secret words' }],
    ];
    for (const [method, url, payload] of refused) {
      const response = await call(pupil, method, url, payload);
      assert.ok([403, 404].includes(response.statusCode), `${method} ${url}: ${response.statusCode} ${response.body}`);
    }
  });
});

describe('teachers look after the pupils of their own school in their projects', () => {
  it('a new card ends the old password and sessions; another school cannot make one', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Emma Blanc']);
    const pupil = await signInPupil(app, card!);
    assert.equal((await call(a.founderPL, 'POST', `/api/pupils/${card!.id}/password`)).statusCode, 404);
    const fresh = (await expectStatus(await call(a.memberFR, 'POST', `/api/pupils/${card!.id}/password`), 200)).json<PupilCard>();
    assert.equal(fresh.username, card!.username);
    assert.equal((await call(pupil, 'GET', `/api/projects/${a.projectId}/twinspace`)).statusCode, 401);
    assert.equal((await pupilLogin({ ...card!, password: 'my own secret words' })).statusCode, 401);
    assert.equal((await pupilLogin(fresh)).statusCode, 200);
  });

  it('pupils already in one project join another; pupils of another school cannot be added', async () => {
    const [frCard] = await createPupils(app, a.founderFR, a.projectId, ['Jules Morel']);
    const [plCard] = await createPupils(app, a.founderPL, a.projectId, ['Ola Wiśniewska']);
    const school = schoolPupilsSchema.parse(
      (await expectStatus(await call(b.founderFR, 'GET', `/api/projects/${b.projectId}/pupils?scope=school`), 200)).json(),
    );
    assert.equal(
      school.pupils.some((pupil) => pupil.id === frCard!.id),
      false,
      'B founder FR is at another school',
    );
    assert.equal(
      (await call(b.founderFR, 'POST', `/api/projects/${b.projectId}/pupils/existing`, { pupilIds: [frCard!.id] })).statusCode,
      403,
    );
    // The member teacher of A joins B and brings a pupil of their school.
    await database.db
      .insertInto('project_members')
      .values({
        project_id: b.projectId,
        teacher_id: a.memberFR.id,
        school_id: (await database.db.selectFrom('users').select('school_id').where('id', '=', a.memberFR.id).executeTakeFirstOrThrow())
          .school_id!,
        country_code: 'FR',
        role: 'member',
      })
      .execute();
    await expectStatus(await call(a.memberFR, 'POST', `/api/projects/${b.projectId}/pupils/existing`, { pupilIds: [frCard!.id] }), 204);
    assert.equal(
      (await call(a.memberFR, 'POST', `/api/projects/${b.projectId}/pupils/existing`, { pupilIds: [plCard!.id] })).statusCode,
      403,
    );
    const pupil = await signInPupil(app, frCard!);
    const mine = (await call(pupil, 'GET', '/api/my-twinspaces')).json<{ twinspaces: Array<{ title: string }> }>();
    assert.deepEqual(
      mine.twinspaces.map((twinspace) => twinspace.title),
      ['Project A', 'Project B'],
    );
  });

  it('a pupil taken out of a project loses it at once; a deleted pupil cannot sign in', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Adam Garnier']);
    const pupil = await signInPupil(app, card!);
    await expectStatus(await call(a.founderPL, 'DELETE', `/api/projects/${a.projectId}/pupils/${card!.id}`), 204);
    assert.equal((await call(pupil, 'GET', `/api/projects/${a.projectId}/twinspace`)).statusCode, 404);
    assert.equal((await call(a.founderPL, 'DELETE', `/api/pupils/${card!.id}`)).statusCode, 404, 'another school cannot delete');
    await expectStatus(await call(a.founderFR, 'DELETE', `/api/pupils/${card!.id}`), 204);
    assert.equal((await pupilLogin({ ...card!, password: 'my own secret words' })).statusCode, 401);
  });

  it('consent is validated and recorded with who recorded it', async () => {
    const [card] = await createPupils(app, a.founderFR, a.projectId, ['Inès Faure']);
    const url = `/api/pupils/${card!.id}/consent`;
    assert.equal(
      (await call(a.founderFR, 'PUT', url, { accountConsentOn: today, imageConsent: 'public', imageConsentOn: null })).statusCode,
      400,
    );
    assert.equal(
      (await call(a.founderFR, 'PUT', url, { accountConsentOn: today, imageConsent: 'everyone', imageConsentOn: today })).statusCode,
      400,
    );
    assert.equal(
      (await call(a.founderPL, 'PUT', url, { accountConsentOn: today, imageConsent: 'public', imageConsentOn: today })).statusCode,
      404,
    );
    await expectStatus(await call(a.memberFR, 'PUT', url, { accountConsentOn: today, imageConsent: 'public', imageConsentOn: today }), 204);
    const row = await database.db
      .selectFrom('pupils')
      .select(['image_consent', 'image_consent_by'])
      .where('user_id', '=', card!.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.image_consent, row.image_consent_by], ['public', a.memberFR.id]);
  });
});

describe('member teachers', () => {
  it('founders take a member out, who loses the TwinSpace; founders stay; members cannot remove others', async () => {
    const other = await buildTwinspace(app, database.db, 'Project C');
    assert.equal((await call(other.memberFR, 'DELETE', `/api/projects/${other.projectId}/members/${other.founderPL.id}`)).statusCode, 403);
    const founderOut = await call(other.founderFR, 'DELETE', `/api/projects/${other.projectId}/members/${other.founderPL.id}`);
    assert.deepEqual([founderOut.statusCode, errorBodySchema.parse(founderOut.json()).error.code], [409, 'founder_cannot_leave']);
    assert.equal(
      (await call(a.founderFR, 'DELETE', `/api/projects/${other.projectId}/members/${other.memberFR.id}`)).statusCode,
      404,
      'a stranger',
    );
    await expectStatus(await call(other.founderPL, 'DELETE', `/api/projects/${other.projectId}/members/${other.memberFR.id}`), 204);
    assert.equal((await call(other.memberFR, 'GET', `/api/projects/${other.projectId}/twinspace`)).statusCode, 404);
  });

  it('the home lists members by school and what needs attention', async () => {
    const fresh = await buildTwinspace(app, database.db, 'Project D');
    const view = await home(fresh.founderFR, fresh.projectId);
    assert.deepEqual(
      view.attention.map((item) => item.kind),
      ['pupils_to_add', 'first_page'],
    );
    assert.deepEqual(
      view.schools.map((school) => school.countryCode),
      ['FR', 'PL'],
    );
    assert.deepEqual(
      view.schools[0]!.teachers.map((teacher) => teacher.role),
      ['founder', 'member'],
    );
    await createPupils(app, fresh.founderFR, fresh.projectId, ['Eva', 'Rose'], null);
    const after = await home(fresh.founderFR, fresh.projectId);
    assert.deepEqual(after.attention, [
      { kind: 'pupils_without_account_consent', count: 2 },
      { kind: 'pupils_without_image_consent', count: 2 },
      { kind: 'first_page', count: 1 },
    ]);
    assert.equal(after.latestChanges[0]!.kind, 'pupils_joined');
    assert.equal(after.latestChanges[0]!.count, 2);
  });
});
