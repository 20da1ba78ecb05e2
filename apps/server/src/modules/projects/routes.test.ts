import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { myProjectsResponseSchema, notificationsResponseSchema, reviewQueueResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { completeContent, projectJourney, refusal } from '../../test/project-journey.ts';
import { startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });
const { person, makeContacts, call, ok, draft, read, plan, readyProject, decide } = projectJourney(app, database);

const officerFR = await person('FR', { role: 'nss', name: 'Officer France' });
const officerPL = await person('PL', { role: 'nss', name: 'Officer Poland' });

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
