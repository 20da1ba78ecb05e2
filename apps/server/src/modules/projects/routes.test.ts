import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  errorBodySchema,
  myProjectsResponseSchema,
  notificationsResponseSchema,
  projectDetailSchema,
  reviewQueueResponseSchema,
  type ProjectDetail,
  type ProjectPatch,
} from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser, type SignedIn } from '../../test/factories.ts';
import { startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });

type Person = { user: BuiltUser; session: SignedIn };

async function person(
  countryCode: string,
  values: { name?: string; role?: 'teacher' | 'nss' | 'admin'; status?: 'validated' | 'pending' } = {},
): Promise<Person> {
  const user = await buildUser(database.db, { countryCode, ...values });
  return { user, session: await signIn(app, user) };
}

async function makeContacts(first: Person, second: Person): Promise<void> {
  await database.db
    .insertInto('contact_requests')
    .values({ from_user: first.user.id, to_user: second.user.id, message: 'Hello', status: 'accepted' })
    .execute();
}

function call(who: Person | undefined, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const headers = who ? (method === 'GET' ? { cookie: who.session.cookie } : asSignedIn(who.session)) : {};
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

/** A refusal as its status and code: '409 project_status_changed'. */
function refusal(response: Awaited<ReturnType<typeof call>>): string {
  return `${response.statusCode} ${errorBodySchema.parse(response.json()).error.code}`;
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  assert.equal(response.statusCode, status, response.body);
  return response;
}

const completeContent: ProjectPatch = {
  summary: 'Pupils write one story together, a chapter per school.',
  description: 'Each school writes a chapter; the partners continue it.',
  subjects: ['language_and_literature'],
  themes: ['reading_and_storytelling'],
  pupilAgeMin: 10,
  pupilAgeMax: 12,
  languages: ['en'],
  startsOn: '2027-01-10',
  endsOn: '2027-06-20',
  objectives: 'Write in English for real readers.',
  workingMethod: 'Mixed teams of pupils from both schools.',
  activities: 'Chapters, illustrations, a video call.',
  expectedResults: 'An eBook of the story.',
};

async function draft(founder: Person, title = 'One story, two schools'): Promise<string> {
  const response = await ok(await call(founder, 'POST', '/api/projects', { title }), 201);
  return response.json<{ id: string }>().id;
}

async function read(who: Person, id: string): Promise<ProjectDetail> {
  return projectDetailSchema.parse((await ok(await call(who, 'GET', `/api/projects/${id}`))).json());
}

async function plan(who: Person, id: string) {
  await ok(await call(who, 'PUT', `/api/projects/${id}/my-plan`, { hoursPerWeek: 2, digitalTools: 'Tablets, a projector' }), 204);
}

/** A draft with everything filled in, by a founder and a co-founder of another country. */
async function readyProject(founder: Person, coFounder: Person, title?: string): Promise<string> {
  const id = await draft(founder, title);
  await ok(await call(founder, 'PATCH', `/api/projects/${id}`, completeContent));
  await makeContacts(founder, coFounder);
  const invitation = await ok(
    await call(founder, 'POST', `/api/projects/${id}/invitations`, { teacherId: coFounder.user.id, role: 'founder', message: 'Join me' }),
    201,
  );
  await ok(await call(coFounder, 'POST', `/api/project-invitations/${invitation.json<{ id: string }>().id}/answer`, { answer: 'accept' }));
  await plan(founder, id);
  await plan(coFounder, id);
  return id;
}

function decide(officer: Person, id: string, decision: 'approve' | 'request_changes' | 'reject', version: number, reason?: string) {
  return call(officer, 'POST', `/api/nss/projects/${id}/decision`, { decision, version, ...(reason ? { reason } : {}) });
}

const officerFR = await person('FR', { role: 'nss', name: 'Officer France' });
const officerPL = await person('PL', { role: 'nss', name: 'Officer Poland' });
const officerDE = await person('DE', { role: 'nss', name: 'Officer Germany' });

describe('a project from draft to approval', () => {
  it('drafts save field by field, founders of two countries submit, both NSS approve, a third teacher joins', async () => {
    const claire = await person('FR', { name: 'Claire Dubois' });
    const anna = await person('PL', { name: 'Anna Nowak' });
    const jonas = await person('DE', { name: 'Jonas Weber' });
    const id = await draft(claire);

    // Two founders typing in different fields: neither overwrites the other.
    await ok(await call(claire, 'PATCH', `/api/projects/${id}`, { summary: 'A story' }));
    let detail = await read(claire, id);
    assert.deepEqual(detail.submissionProblems.slice(0, 2), ['missing_description', 'missing_objectives']);
    assert.ok(detail.submissionProblems.includes('needs_two_founders') && detail.submissionProblems.includes('needs_two_countries'));
    assert.equal(detail.can.submit, false);
    assert.equal(refusal(await call(claire, 'POST', `/api/projects/${id}/submit`)), '409 project_not_ready');

    await ok(await call(claire, 'PATCH', `/api/projects/${id}`, completeContent));
    await makeContacts(claire, anna);
    const invitation = (
      await ok(
        await call(claire, 'POST', `/api/projects/${id}/invitations`, { teacherId: anna.user.id, role: 'founder', message: 'Join me' }),
        201,
      )
    ).json<{ id: string }>();
    assert.equal(
      refusal(
        await call(claire, 'POST', `/api/projects/${id}/invitations`, { teacherId: anna.user.id, role: 'founder', message: 'Again' }),
      ),
      '409 already_invited',
    );
    await smtp.waitForMail(anna.user.email, /invites you to the project/);
    const claireNotifications = notificationsResponseSchema.parse((await ok(await call(claire, 'GET', '/api/notifications'))).json());
    assert.equal(claireNotifications.notifications.length, 0, "Anna's invitation is hers alone");

    const annaDashboard = myProjectsResponseSchema.parse((await ok(await call(anna, 'GET', '/api/my-projects'))).json());
    assert.deepEqual(
      annaDashboard.invitations.map((item) => [item.project.title, item.role, item.inviterName]),
      [['One story, two schools', 'founder', 'Claire Dubois']],
    );
    assert.equal((await read(anna, id)).myRole, 'invitee');
    await ok(await call(anna, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'accept' }));
    assert.equal(
      refusal(await call(anna, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'decline' })),
      '409 invitation_already_answered',
    );
    assert.equal(
      refusal(
        await call(claire, 'POST', `/api/projects/${id}/invitations`, { teacherId: anna.user.id, role: 'founder', message: 'Again' }),
      ),
      '409 already_member',
    );
    await ok(await call(anna, 'PATCH', `/api/projects/${id}`, { activities: 'Chapters and a video call' }));

    detail = await read(claire, id);
    assert.equal(detail.project.activities, 'Chapters and a video call');
    assert.equal(detail.project.summary, completeContent.summary);
    assert.deepEqual(detail.submissionProblems, ['missing_partner_plans']);
    await plan(claire, id);
    await plan(anna, id);
    assert.equal((await read(claire, id)).can.submit, true);

    await ok(await call(anna, 'POST', `/api/projects/${id}/submit`), 204);
    await smtp.waitForMail(officerFR.user.email, /waits for your decision/);
    const queue = reviewQueueResponseSchema.parse((await ok(await call(officerPL, 'GET', '/api/nss/pending-projects'))).json());
    const queued = queue.projects.find((project) => project.id === id);
    assert.deepEqual(
      queued?.founders.map((founder) => founder.name),
      ['Claire Dubois', 'Anna Nowak'],
    );
    assert.equal(
      refusal(await call(claire, 'PATCH', `/api/projects/${id}`, { title: 'Changed' })),
      '409 project_not_editable_now',
      'no editing while the NSS decide',
    );

    const version = (await read(officerFR, id)).project.version;
    await ok(await decide(officerFR, id, 'approve', version), 204);
    assert.equal((await read(claire, id)).project.status, 'submitted', 'one country of two is not enough');
    await ok(await decide(officerPL, id, 'approve', version), 204);
    detail = await read(claire, id);
    assert.equal(detail.project.status, 'active');
    assert.deepEqual(
      detail.reviews.map((review) => review.status),
      ['approved', 'approved'],
    );
    assert.deepEqual(
      detail.history.map((event) => event.kind),
      ['created', 'joined', 'submitted', 'approved', 'approved', 'activated'],
    );
    assert.ok(
      await database.db.selectFrom('twinspaces').select('project_id').where('project_id', '=', id).executeTakeFirst(),
      'the TwinSpace exists',
    );
    await smtp.waitForMail(claire.user.email, /is approved: its TwinSpace is open/);

    // A third teacher, not a contact, joins as member with their school.
    const memberInvitation = (
      await ok(
        await call(claire, 'POST', `/api/projects/${id}/invitations`, { teacherId: jonas.user.id, role: 'member', message: '' }),
        201,
      )
    ).json<{ id: string }>();
    await ok(await call(jonas, 'POST', `/api/project-invitations/${memberInvitation.id}/answer`, { answer: 'accept' }));
    detail = await read(jonas, id);
    assert.equal(detail.myRole, 'member');
    assert.deepEqual(
      detail.members.map((member) => [member.name, member.role, member.countryCode]),
      [
        ['Claire Dubois', 'founder', 'FR'],
        ['Anna Nowak', 'founder', 'PL'],
        ['Jonas Weber', 'member', 'DE'],
      ],
    );
    const notifications = notificationsResponseSchema.parse((await ok(await call(anna, 'GET', '/api/notifications'))).json());
    assert.deepEqual(notifications.notifications.map((item) => item.kind).slice(0, 4), [
      'member_joined',
      'project_approved',
      'country_decision',
      'country_decision',
    ]);
    assert.equal(notifications.unread, notifications.notifications.length);
    await ok(await call(anna, 'POST', '/api/notifications/read', { upTo: notifications.notifications[0]!.id }), 204);
    assert.equal(notificationsResponseSchema.parse((await ok(await call(anna, 'GET', '/api/notifications'))).json()).unread, 0);

    const dashboard = myProjectsResponseSchema.parse((await ok(await call(jonas, 'GET', '/api/my-projects'))).json());
    assert.deepEqual(
      dashboard.projects.map((project) => [project.title, project.status, project.role, project.countries]),
      [['One story, two schools', 'active', 'member', ['DE', 'FR', 'PL']]],
    );
    assert.deepEqual(
      dashboard.waiting.map((task) => task.kind),
      ['plan_my_part'],
    );
  });

  it('changes asked by one country send it back; a new submission asks every country again', async () => {
    const founder = await person('FR');
    const coFounder = await person('PL');
    const id = await readyProject(founder, coFounder);
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const version = (await read(officerFR, id)).project.version;
    await ok(await decide(officerFR, id, 'approve', version), 204);
    assert.equal((await decide(officerPL, id, 'request_changes', version)).statusCode, 400, 'a reason is required');
    await ok(await decide(officerPL, id, 'request_changes', version, 'Say how pupils of both schools work together'), 204);
    const detail = await read(founder, id);
    assert.equal(detail.project.status, 'changes_requested');
    assert.equal(detail.history.at(-1)?.reason, 'Say how pupils of both schools work together');
    assert.equal(detail.history.at(-1)?.countryCode, 'PL');
    await smtp.waitForMail(founder.user.email, /changes asked for/);

    await ok(await call(founder, 'PATCH', `/api/projects/${id}`, { workingMethod: 'Mixed teams' }));
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    assert.deepEqual(
      (await read(founder, id)).reviews.map((review) => review.status),
      ['pending', 'pending'],
    );
  });

  it('a rejection is final, with its reason', async () => {
    const founder = await person('FR');
    const id = await readyProject(founder, await person('ES'));
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const officerES = await person('ES', { role: 'nss' });
    await ok(await decide(officerES, id, 'reject', (await read(officerES, id)).project.version, 'Not a school project'), 204);
    const detail = await read(founder, id);
    assert.equal(detail.project.status, 'rejected');
    assert.equal(Object.values(detail.can).some(Boolean), false);
    assert.equal(refusal(await call(founder, 'POST', `/api/projects/${id}/submit`)), '409 project_status_changed');
  });

  it('founders close an active project (read-only, still visible) and reopen it; they choose if it is public', async () => {
    const founder = await person('FR');
    const id = await readyProject(founder, await person('PL'));
    await ok(await call(founder, 'PUT', `/api/projects/${id}/visibility`, { isPublic: true }), 204);
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const version = (await read(officerFR, id)).project.version;
    await ok(await decide(officerFR, id, 'approve', version), 204);
    await ok(await decide(officerPL, id, 'approve', version), 204);
    await ok(await call(founder, 'POST', `/api/projects/${id}/close`), 204);
    assert.equal(refusal(await call(founder, 'PATCH', `/api/projects/${id}`, { title: 'Later' })), '409 project_not_editable_now');
    assert.equal((await read(founder, id)).project.status, 'closed');
    await ok(await call(founder, 'POST', `/api/projects/${id}/reopen`), 204);
    assert.equal((await read(founder, id)).project.status, 'active');
    assert.deepEqual((await read(founder, id)).history.map((event) => event.kind).slice(-3), ['activated', 'closed', 'reopened']);
  });

  it('founders change an approved project without a new review: the gallery shows it at once, the history keeps the texts before', async () => {
    const [founder, coFounder] = [await person('FR'), await person('PL', { name: 'Co-founder Poland' })];
    const id = await readyProject(founder, coFounder, 'Rivers we share');
    await ok(await call(founder, 'PUT', `/api/projects/${id}/visibility`, { isPublic: true }), 204);
    await ok(await call(founder, 'POST', `/api/projects/${id}/submit`), 204);
    const version = (await read(officerFR, id)).project.version;
    await ok(await decide(officerFR, id, 'approve', version), 204);
    await ok(await decide(officerPL, id, 'approve', version), 204);

    // Autosave sends one field after another: one editing session, one entry.
    await ok(await call(coFounder, 'PATCH', `/api/projects/${id}`, { summary: 'Pupils map the rivers between their towns.' }));
    await ok(await call(coFounder, 'PATCH', `/api/projects/${id}`, { title: 'Rivers we map' }));
    const gallery = (await ok(await call(undefined, 'GET', `/api/gallery/${id}`))).json<{ title: string; summary: string }>();
    assert.deepEqual([gallery.title, gallery.summary], ['Rivers we map', 'Pupils map the rivers between their towns.']);

    const seenByOfficer = await read(officerPL, id);
    const edits = seenByOfficer.history.filter((event) => event.kind === 'edited');
    assert.equal(edits.length, 1);
    assert.equal(edits[0]!.actorName, 'Co-founder Poland');
    assert.deepEqual([edits[0]!.previousTexts?.title, edits[0]!.previousTexts?.summary], ['Rivers we share', completeContent.summary]);
    assert.equal(seenByOfficer.project.status, 'active', 'no new review');

    await ok(await call(founder, 'PATCH', `/api/projects/${id}`, { description: 'Now with a map.' }));
    assert.equal((await read(founder, id)).history.filter((event) => event.kind === 'edited').length, 2, 'each founder’s session is kept');
    assert.ok((await read(founder, id)).history.filter((event) => event.kind !== 'edited').every((event) => event.previousTexts === null));
  });

  it('the partnership rule is explained: two founders of one country are not enough', async () => {
    const founder = await person('FR');
    const id = await readyProject(founder, await person('FR'));
    assert.deepEqual((await read(founder, id)).submissionProblems, ['needs_two_countries']);
    const refused = await call(founder, 'POST', `/api/projects/${id}/submit`);
    assert.equal(refusal(refused), '409 project_not_ready');
    assert.match(refused.json<{ error: { message: string } }>().error.message, /needs_two_countries/);
  });
});

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
