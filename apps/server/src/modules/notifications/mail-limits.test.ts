import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { myContactsResponseSchema } from '@jumelage/contracts';
import { limits } from '../../platform/rate-limit.ts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser, type SignedIn } from '../../test/factories.ts';
import { buildTwinspace, caller, expectStatus } from '../../test/twinspace-factory.ts';

// No SMTP: every mail the platform decides to send stays in the outbox, where it is counted.
const database = await createTestDatabase();
const app = await buildTestApp({ database });
const call = caller(app);

async function mailsTo(...people: BuiltUser[]): Promise<number> {
  const rows = await database.db
    .selectFrom('outbox_mails')
    .select('id')
    .where(
      'to_address',
      'in',
      people.map((person) => person.email),
    )
    .execute();
  return rows.length;
}

async function teachers(count: number): Promise<BuiltUser[]> {
  return Promise.all(Array.from({ length: count }, () => buildUser(database.db, { countryCode: 'DE' })));
}

function askContact(session: SignedIn, to: BuiltUser) {
  return app.inject({
    method: 'POST',
    url: '/api/contact-requests',
    headers: asSignedIn(session),
    payload: { toUserId: to.id, message: 'Shall we write a story together?' },
  });
}

describe('mails a person makes the platform send to someone else', () => {
  it('invite, withdraw, invite again: the invitation works every time, the invitee is mailed once', async () => {
    const { projectId, founderFR } = await buildTwinspace(app, database.db);
    const [invitee] = (await teachers(1)) as [BuiltUser];
    let invitationId = '';
    for (let cycle = 0; cycle < 15; cycle++) {
      if (invitationId) await expectStatus(await call(founderFR, 'DELETE', `/api/projects/${projectId}/invitations/${invitationId}`), 204);
      invitationId = (
        await expectStatus(
          await call(founderFR, 'POST', `/api/projects/${projectId}/invitations`, { teacherId: invitee.id, role: 'member', message: '' }),
          201,
        )
      ).json<{ id: string }>().id;
    }
    assert.equal(await mailsTo(invitee), 1);
    const inApp = await database.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', invitee.id)
      .where('kind', '=', 'invitation')
      .execute();
    assert.equal(inApp.length, 15, 'each invitation is still shown in the app');
    const inviteeSession = { id: invitee.id, session: await signIn(app, invitee) };
    await expectStatus(await call(inviteeSession, 'POST', `/api/project-invitations/${invitationId}/answer`, { answer: 'accept' }), 200);
  });

  it('asking, ending and asking again for a contact mails the colleague once', async () => {
    const [sender, colleague] = (await teachers(2)) as [BuiltUser, BuiltUser];
    const session = await signIn(app, sender);
    for (let cycle = 0; cycle < 5; cycle++) {
      assert.equal((await askContact(session, colleague)).statusCode, 201);
      assert.equal(
        (await app.inject({ method: 'DELETE', url: `/api/my-contacts/${colleague.id}`, headers: asSignedIn(session) })).statusCode,
        204,
      );
    }
    assert.equal(await mailsTo(colleague), 1);
  });

  it('one sender mails at most their allowance an hour, to different people', async () => {
    const { projectId, founderFR } = await buildTwinspace(app, database.db);
    const invitees = await teachers(limits.personalMailsPerSender.max + 5);
    for (const invitee of invitees) {
      await expectStatus(
        await call(founderFR, 'POST', `/api/projects/${projectId}/invitations`, { teacherId: invitee.id, role: 'member', message: '' }),
        201,
      );
    }
    assert.equal(await mailsTo(...invitees), limits.personalMailsPerSender.max);
  });

  it('one sender’s requests in parallel cannot pass the allowance together', async () => {
    const [sender] = (await teachers(1)) as [BuiltUser];
    const session = await signIn(app, sender);
    const colleagues = await teachers(limits.personalMailsPerSender.max + 10);
    const answers = await Promise.all(colleagues.map((colleague) => askContact(session, colleague)));
    assert.ok(answers.every((answer) => answer.statusCode === 201));
    assert.equal(await mailsTo(...colleagues), limits.personalMailsPerSender.max);
  });

  it('one person receives at most their allowance an hour, from different senders; every request still arrives', async () => {
    const [colleague] = (await teachers(1)) as [BuiltUser];
    const senders = await teachers(limits.personalMailsPerRecipient.max + 5);
    for (const sender of senders) assert.equal((await askContact(await signIn(app, sender), colleague)).statusCode, 201);
    assert.equal(await mailsTo(colleague), limits.personalMailsPerRecipient.max);
    const incoming = myContactsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/my-contacts', headers: { cookie: (await signIn(app, colleague)).cookie } })).json(),
    ).incoming;
    assert.equal(incoming.length, senders.length);
  });

  it('someone typing another person’s address at registration warns them only as often as link mails go', async () => {
    const [owner] = (await teachers(1)) as [BuiltUser];
    const school = await database.db.selectFrom('users').select('school_id').where('id', '=', owner.id).executeTakeFirstOrThrow();
    for (let attempt = 0; attempt < limits.mailLinksPerRecipient.max + 3; attempt++) {
      const payload = {
        email: owner.email,
        password: 'a long enough password',
        name: 'Not Them',
        staffRole: 'teacher',
        countryCode: 'DE',
        school: { existingId: school.school_id },
        language: 'en',
      };
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/accounts', payload, remoteAddress: `10.9.0.${attempt}` })).statusCode,
        202,
      );
    }
    assert.equal(await mailsTo(owner), limits.mailLinksPerRecipient.max);
  });
});
