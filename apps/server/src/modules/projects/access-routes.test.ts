import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { projectJourney, refusal } from '../../test/project-journey.ts';
import { startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });
const { person, makeContacts, call, ok, draft, read, readyProject, decide } = projectJourney(app, database);

const officerFR = await person('FR', { role: 'nss', name: 'Officer France' });
const officerPL = await person('PL', { role: 'nss', name: 'Officer Poland' });
const officerDE = await person('DE', { role: 'nss', name: 'Officer Germany' });

describe('bad input changes nothing', () => {
  it('refuses unknown fields, reversed ages, dates out of order and over-long texts', async () => {
    const founder = await person('FR');
    const id = await draft(founder);
    await ok(await call(founder, 'PATCH', `/api/projects/${id}`, { pupilAgeMin: 12, pupilAgeMax: 14 }));
    const before = (await read(founder, id)).project;
    for (const patch of [
      { colour: 'red' },
      { pupilAgeMin: 15 },
      { startsOn: '2027-09-01', endsOn: '2027-01-01' },
      { description: 'x'.repeat(10_000) },
      { subjects: ['cooking'] },
      {},
      { startsOn: '2027-13-45' },
    ]) {
      const response = await call(founder, 'PATCH', `/api/projects/${id}`, patch);
      assert.equal(response.statusCode, 400, JSON.stringify(patch));
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'validation_failed');
    }
    assert.deepEqual((await read(founder, id)).project, before);
  });
});

describe('who may do what', () => {
  it('refuses visitors, pending teachers and officers what is not theirs', async () => {
    const founder = await person('FR');
    const stranger = await person('PL');
    const pending = await person('PL', { status: 'pending' });
    const id = await draft(founder);
    assert.equal((await call(undefined, 'GET', `/api/projects/${id}`)).statusCode, 401);
    assert.equal((await call(undefined, 'GET', '/api/notifications')).statusCode, 401);
    assert.equal((await call(pending, 'POST', '/api/projects', { title: 'Mine' })).statusCode, 403);
    assert.equal((await call(stranger, 'GET', `/api/projects/${id}`)).statusCode, 404);
    assert.equal((await call(stranger, 'PATCH', `/api/projects/${id}`, { title: 'Taken' })).statusCode, 404);
    assert.equal((await call(officerFR, 'GET', `/api/projects/${id}`)).statusCode, 404, 'a draft is private to its founders');
    await makeContacts(founder, pending);
    const invited = await call(founder, 'POST', `/api/projects/${id}/invitations`, {
      teacherId: pending.user.id,
      role: 'founder',
      message: '',
    });
    assert.equal(refusal(invited), '400 teacher_not_invitable', 'a pending teacher cannot be invited');
    const notContact = await call(founder, 'POST', `/api/projects/${id}/invitations`, {
      teacherId: stranger.user.id,
      role: 'founder',
      message: '',
    });
    assert.equal(refusal(notContact), '400 teacher_not_invitable', 'co-founders are contacts');
    assert.equal(
      refusal(await call(founder, 'POST', `/api/projects/${id}/invitations`, { teacherId: stranger.user.id, role: 'member', message: '' })),
      '409 invitation_not_possible_now',
      'members join active projects',
    );
    assert.equal(
      (await call(founder, 'POST', `/api/projects/${id}/invitations`, { teacherId: officerFR.user.id, role: 'member', message: '' }))
        .statusCode,
      409,
    );
  });

  it('a member who is not a founder cannot submit, edit or invite; an officer of another country does not see the project', async () => {
    const founder = await person('FR');
    const coFounder = await person('PL');
    const id = await readyProject(founder, coFounder);
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const version = (await read(officerFR, id)).project.version;
    assert.equal((await call(officerDE, 'GET', `/api/projects/${id}`)).statusCode, 404);
    assert.equal(
      (await decide(officerDE, id, 'approve', version)).statusCode,
      404,
      'an officer of another country does not learn that the project exists',
    );
    assert.equal(
      (await call(founder, 'POST', `/api/nss/projects/${id}/decision`, { decision: 'approve', version })).statusCode,
      403,
      'a teacher decides nothing',
    );
    await ok(await decide(officerFR, id, 'approve', version), 204);
    await ok(await decide(officerPL, id, 'approve', version), 204);

    const member = await person('DE');
    const invitation = (
      await ok(
        await call(founder, 'POST', `/api/projects/${id}/invitations`, { teacherId: member.user.id, role: 'member', message: '' }),
        201,
      )
    ).json<{ id: string }>();
    assert.equal(
      (await call(coFounder, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'accept' })).statusCode,
      404,
      'only the invitee answers',
    );
    await ok(await call(member, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'accept' }));
    assert.equal((await call(member, 'POST', `/api/projects/${id}/close`)).statusCode, 403);
    assert.equal((await call(member, 'PATCH', `/api/projects/${id}`, { title: 'Mine now' })).statusCode, 403);
    assert.equal(
      (await call(member, 'POST', `/api/projects/${id}/invitations`, { teacherId: officerFR.user.id, role: 'member', message: '' }))
        .statusCode,
      403,
    );
    await ok(await call(member, 'PUT', `/api/projects/${id}/my-plan`, { hoursPerWeek: 1, digitalTools: 'A laptop' }), 204);

    const draftId = await readyProject(founder, await person('IT'));
    assert.equal(
      (await call(member, 'POST', `/api/projects/${draftId}/submit`)).statusCode,
      404,
      'a teacher outside the project cannot submit it',
    );
  });

  it('whoever does not see a project gets 404 for every action on it; whoever sees it, 403', async () => {
    const founder = await person('FR');
    const coFounder = await person('PL');
    const id = await readyProject(founder, coFounder);
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const version = (await read(officerFR, id)).project.version;
    const elsewhere = await person('DE');
    const actions = [
      ['PATCH', `/api/projects/${id}`, { title: 'Taken' }],
      ['PUT', `/api/projects/${id}/my-plan`, { hoursPerWeek: 1, digitalTools: 'A laptop' }],
      ['POST', `/api/projects/${id}/withdraw`, undefined],
      ['DELETE', `/api/projects/${id}`, undefined],
      ['DELETE', `/api/projects/${id}/members/${coFounder.user.id}`, undefined],
    ] as const;
    for (const [method, url, payload] of actions) {
      assert.equal((await call(elsewhere, method, url, payload)).statusCode, 404, `a teacher of another project: ${method} ${url}`);
      assert.equal((await call(officerDE, method, url, payload)).statusCode, 404, `an officer of another country: ${method} ${url}`);
      assert.equal((await call(officerFR, method, url, payload)).statusCode, 403, `an officer of a founding country: ${method} ${url}`);
    }
    assert.equal((await decide(officerDE, id, 'approve', version)).statusCode, 404);
    assert.equal((await decide(founder, id, 'approve', version)).statusCode, 403);
  });

  it('a draft is deleted by its founders, as its page offers', async () => {
    const founder = await person('FR');
    const coFounder = await person('PL');
    const id = await readyProject(founder, coFounder);
    assert.equal((await read(coFounder, id)).can.delete, true);
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    assert.equal((await read(founder, id)).can.delete, false);
    assert.equal(refusal(await call(founder, 'DELETE', `/api/projects/${id}`)), '409 project_status_changed');
    await ok(await call(founder, 'POST', `/api/projects/${id}/withdraw`), 204);
    assert.equal((await read(founder, id)).can.delete, true);
    await ok(await call(coFounder, 'DELETE', `/api/projects/${id}`), 204);
    assert.equal((await call(founder, 'GET', `/api/projects/${id}`)).statusCode, 404);
  });
});

describe('concurrent changes', () => {
  it('two officers approving at once open the project once', async () => {
    const founder = await person('FR');
    const id = await readyProject(founder, await person('PL'));
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const version = (await read(officerFR, id)).project.version;
    const answers = await Promise.all([
      decide(officerFR, id, 'approve', version),
      decide(officerPL, id, 'approve', version),
      decide(officerPL, id, 'approve', version),
    ]);
    assert.deepEqual(answers.map((answer) => (answer.statusCode === 204 ? '204' : refusal(answer))).sort(), [
      '204',
      '204',
      '409 review_already_decided',
    ]);
    const detail = await read(founder, id);
    assert.equal(detail.project.status, 'active');
    assert.equal(detail.history.filter((event) => event.kind === 'activated').length, 1);
    assert.equal(detail.history.filter((event) => event.kind === 'approved').length, 2);
  });

  it('a founder withdrawing and editing while an officer decides: the decision on the old version is refused', async () => {
    const founder = await person('FR');
    const id = await readyProject(founder, await person('PL'));
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const readByOfficer = (await read(officerFR, id)).project.version;
    const [withdrawn, decided] = await Promise.all([
      call(founder, 'POST', `/api/projects/${id}/withdraw`),
      decide(officerFR, id, 'approve', readByOfficer),
    ]);
    assert.equal(withdrawn.statusCode, 204, withdrawn.body);
    await ok(await call(founder, 'PATCH', `/api/projects/${id}`, { title: 'A better title' }));
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const late = await decide(officerFR, id, 'approve', readByOfficer);
    assert.equal(refusal(late), '409 project_changed_meanwhile', late.body);
    const detail = await read(founder, id);
    assert.equal(detail.project.status, 'submitted');
    assert.deepEqual(
      detail.reviews.map((review) => review.status),
      ['pending', 'pending'],
      `the first decision (${decided.statusCode}) belonged to the withdrawn submission`,
    );
  });
});
