import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { materialSchema, pageDetailSchema, schoolPupilsSchema, type PupilCard, type SchoolPupil } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, signIn } from '../../test/factories.ts';
import { uploader } from '../../test/materials-factory.ts';
import { smallPng } from '../../test/sample-files.ts';
import { buildTwinspace, caller, createPupils, expectStatus, signInPupil, type Person } from '../../test/twinspace-factory.ts';
import { addProjectMember } from '../../test/project-factory.ts';

const database = await createTestDatabase();
const db = database.db;
const app = await buildTestApp({ database });
const call = caller(app);
const today = new Date().toISOString().slice(0, 10);

// A pupil of the French school, in project A only.
const a = await buildTwinspace(app, db, 'Project A');
const b = await buildTwinspace(app, db, 'Project B');
const [card] = await createPupils(app, a.founderFR, a.projectId, ['Léa Martin']);
const lea = card!;
const frSchoolId = (await db.selectFrom('users').select('school_id').where('id', '=', a.founderFR.id).executeTakeFirstOrThrow()).school_id!;

/** A validated teacher of the French school, member of project B only: not in any of Léa's projects. */
async function colleagueInProjectB(): Promise<Person> {
  const user = await buildUser(db, { countryCode: 'FR', schoolId: frSchoolId, name: 'Colleague France' });
  await addProjectMember(db, b.projectId, user.id);
  return { id: user.id, session: await signIn(app, user) };
}

async function schoolPupils(who: Person, projectId: string): Promise<SchoolPupil[]> {
  return schoolPupilsSchema.parse(
    (await expectStatus(await call(who, 'GET', `/api/projects/${projectId}/pupils?scope=school`), 200)).json(),
  ).pupils;
}

const consent = { accountConsentOn: today, imageConsent: 'public', imageConsentOn: today };

describe('a teacher of the same school who is not in any of the pupil’s projects', () => {
  it('gets "not found" on a new card, consent, unlock and deletion, and nothing changes', async () => {
    const colleague = await colleagueInProjectB();
    const before = await db.selectFrom('users').select(['password_hash']).where('id', '=', lea.id).executeTakeFirstOrThrow();
    for (const [method, url, body] of [
      ['POST', `/api/pupils/${lea.id}/password`],
      ['PUT', `/api/pupils/${lea.id}/consent`, consent],
      ['POST', `/api/pupils/${lea.id}/unlock`],
      ['DELETE', `/api/pupils/${lea.id}`],
    ] as const) {
      const response = await call(colleague, method, url, body);
      assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'not_found');
    }
    const after = await db
      .selectFrom('pupils')
      .innerJoin('users', 'users.id', 'pupils.user_id')
      .select(['password_hash', 'image_consent'])
      .where('user_id', '=', lea.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(after, { password_hash: before.password_hash, image_consent: 'none' });
  });

  it('cannot make themself the pupil’s teacher by adding the pupil to their own project', async () => {
    const colleague = await colleagueInProjectB();
    const refused = await call(colleague, 'POST', `/api/projects/${b.projectId}/pupils/existing`, { pupilIds: [lea.id] });
    assert.equal(refused.statusCode, 403, refused.body);
    assert.equal(
      (
        await db
          .selectFrom('project_pupils')
          .select('pupil_id')
          .where('project_id', '=', b.projectId)
          .where('pupil_id', '=', lea.id)
          .execute()
      ).length,
      0,
    );
    assert.equal((await call(colleague, 'POST', `/api/pupils/${lea.id}/password`)).statusCode, 404);
  });

  it('sees the pupil by name only, without the titles of projects they are not in', async () => {
    const colleague = await colleagueInProjectB();
    const response = await call(colleague, 'GET', `/api/projects/${b.projectId}/pupils?scope=school`);
    const seen = schoolPupilsSchema.parse(response.json()).pupils.find((pupil) => pupil.id === lea.id);
    assert.deepEqual(seen, {
      id: lea.id,
      firstName: 'Léa',
      lastName: 'Martin',
      projects: [],
      otherProjects: 1,
      account: null,
      can: { lookAfter: false },
    });
    assert.doesNotMatch(response.body, /Project A|username|imageConsent/);
    assert.doesNotMatch(response.body, new RegExp(lea.username.replace('.', '\\.')));
  });
});

describe('the teachers who look after a pupil', () => {
  it('are the members of the pupil’s projects at the pupil’s school, who see the account and the shared titles', async () => {
    const seen = (await schoolPupils(a.memberFR, a.projectId)).find((pupil) => pupil.id === lea.id)!;
    assert.deepEqual(
      [seen.projects.map((project) => project.title), seen.otherProjects, seen.can.lookAfter, seen.account?.username],
      [['Project A'], 0, true, lea.username],
    );
    await expectStatus(await call(a.memberFR, 'PUT', `/api/pupils/${lea.id}/consent`, consent), 204);
    assert.equal(
      (await call(a.founderPL, 'PUT', `/api/pupils/${lea.id}/consent`, consent)).statusCode,
      404,
      'a partner school in the same project',
    );
  });

  it('include who created the account, also once the pupil left that project; the project’s other teachers no longer', async () => {
    const creator = await colleagueInProjectB();
    const [card] = await createPupils(app, creator, b.projectId, ['Hugo Bernard']);
    const otherTeacher = await colleagueInProjectB();
    await expectStatus(await call(otherTeacher, 'POST', `/api/pupils/${card!.id}/unlock`), 204);
    await expectStatus(await call(otherTeacher, 'DELETE', `/api/projects/${b.projectId}/pupils/${card!.id}`), 204);
    assert.equal((await call(otherTeacher, 'POST', `/api/pupils/${card!.id}/unlock`)).statusCode, 404);
    await expectStatus(await call(creator, 'POST', `/api/pupils/${card!.id}/unlock`), 204);
  });

  it('hear, in their own language, when one of them issues the pupil a new card; nobody else does', async () => {
    const colleague = await colleagueInProjectB();
    await db.updateTable('users').set({ language: 'fr' }).where('id', '=', a.memberFR.id).execute();
    const fresh = (await expectStatus(await call(a.founderFR, 'POST', `/api/pupils/${lea.id}/password`), 200)).json<PupilCard>();
    assert.equal(fresh.username, lea.username);
    const notified = await db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'detail'])
      .where('kind', '=', 'pupil_card_reissued')
      .execute();
    assert.deepEqual(notified, [
      { user_id: a.memberFR.id, kind: 'pupil_card_reissued', detail: { actorName: 'Founder FR', pupilName: 'Léa Martin' } },
    ]);
    const listed = (await expectStatus(await call(a.memberFR, 'GET', '/api/notifications'), 200)).json<{
      notifications: Array<{ kind: string; pupilName: string | null }>;
    }>();
    assert.deepEqual(
      listed.notifications.map(({ kind, pupilName }) => ({ kind, pupilName })),
      [{ kind: 'pupil_card_reissued', pupilName: 'Léa Martin' }],
    );
    const memberEmail = (await db.selectFrom('users').select('email').where('id', '=', a.memberFR.id).executeTakeFirstOrThrow()).email;
    const mails = await db.selectFrom('outbox_mails').select(['to_address', 'subject']).where('subject', 'like', '%Léa Martin%').execute();
    assert.deepEqual(mails, [{ to_address: memberEmail, subject: 'Founder FR a remis une nouvelle carte de connexion à Léa Martin' }]);
    assert.equal((await db.selectFrom('notifications').select('id').where('user_id', '=', colleague.id).execute()).length, 0);
  });
});

describe('consent status', () => {
  it('reaches only who looks after the pupil; a partner school still learns who blocks publication', async () => {
    const { id: pageId } = (
      await expectStatus(await call(a.founderFR, 'POST', `/api/projects/${a.projectId}/pages`, { title: 'Our town' }), 201)
    ).json<{ id: string }>();
    const [hugo] = await createPupils(app, a.founderFR, a.projectId, ['Hugo Petit']);
    await expectStatus(await call(a.founderFR, 'PUT', `/api/pages/${pageId}/pupils`, { pupilIds: [hugo!.id] }), 204);
    const material = await uploader(app).upload(a.founderFR, a.projectId, 'class.png', await smallPng());
    await expectStatus(await call(a.founderFR, 'PUT', `/api/materials/${material.id}/pupils`, { pupilIds: [hugo!.id] }), 200);
    const blocker = {
      id: hugo!.id,
      firstName: 'Hugo',
      schoolName: (await db.selectFrom('schools').select('name').where('id', '=', frSchoolId).executeTakeFirstOrThrow()).name,
    };

    for (const [who, imageConsent] of [
      [a.memberFR, 'none'],
      [a.founderPL, null],
    ] as const) {
      const page = pageDetailSchema.parse((await call(who, 'GET', `/api/pages/${pageId}`)).json());
      assert.deepEqual([page.taggedPupils, page.publicationBlockedBy], [[{ ...blocker, imageConsent }], [{ ...blocker, imageConsent }]]);
      const shown = materialSchema.parse((await call(who, 'GET', `/api/materials/${material.id}`)).json());
      assert.deepEqual([shown.taggedPupils, shown.publicationBlockedBy], [[{ ...blocker, imageConsent }], [{ ...blocker, imageConsent }]]);
      const home = (await call(who, 'GET', `/api/projects/${a.projectId}/twinspace`)).json<{
        schools: Array<{ pupils: Array<{ id: string; imageConsent: string | null }> }>;
      }>();
      assert.equal(home.schools.flatMap((school) => school.pupils).find((pupil) => pupil.id === hugo!.id)?.imageConsent, imageConsent);
    }
  });
});

describe('unlocking a pupil', () => {
  it('is for who looks after the pupil: everyone else is told the pupil does not exist', async () => {
    const [classmate] = await createPupils(app, a.founderFR, a.projectId, ['Nina Roux']);
    const pending = await buildUser(db, { status: 'pending', countryCode: 'FR', schoolId: frSchoolId });
    const officer = await buildUser(db, { role: 'nss', countryCode: 'FR' });
    const admin = await buildUser(db, { role: 'admin' });
    const refused: Array<[string, Person]> = [
      ['a pupil', await signInPupil(app, classmate!)],
      ['a teacher of another school', a.founderPL],
      ['a teacher of the same school not in the pupil’s projects', await colleagueInProjectB()],
      ['a pending teacher of the same school', { id: pending.id, session: await signIn(app, pending) }],
      ['an NSS officer', { id: officer.id, session: await signIn(app, officer) }],
      ['an admin', { id: admin.id, session: await signIn(app, admin) }],
    ];
    for (const [who, person] of refused) assert.equal((await call(person, 'POST', `/api/pupils/${lea.id}/unlock`)).statusCode, 404, who);
    assert.equal((await call(a.memberFR, 'POST', '/api/pupils/not-a-uuid/unlock')).statusCode, 400);
  });

  it('lets the pupil sign in again at once after too many wrong passwords', async () => {
    const [tom] = await createPupils(app, a.founderFR, a.projectId, ['Tom Lambert']);
    const atSchool = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/session/pupil',
        payload: { username: tom!.username, password },
        remoteAddress: '203.0.113.40',
      });
    const locked = async () => (await schoolPupils(a.memberFR, a.projectId)).find((pupil) => pupil.id === tom!.id)!.account!.locked;
    for (let attempt = 0; attempt < 5; attempt++) assert.equal((await atSchool(`wrong ${attempt}`)).statusCode, 401);
    assert.equal((await atSchool(tom!.password)).statusCode, 429);
    assert.equal(await locked(), true);
    await expectStatus(await call(a.memberFR, 'POST', `/api/pupils/${tom!.id}/unlock`), 204);
    assert.equal(await locked(), false);
    assert.equal((await atSchool(tom!.password)).statusCode, 200);
  });
});
