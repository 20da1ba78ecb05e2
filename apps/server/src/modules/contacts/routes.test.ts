import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { errorBodySchema, myContactsResponseSchema, searchPartnersResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser } from '../../test/factories.ts';
import { startSmtpServer } from '../../test/smtp.ts';

const smtp = await startSmtpServer();
after(() => smtp.close());
const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { smtpUrl: smtp.url } });

async function pair() {
  const french = await buildUser(database.db, { countryCode: 'FR', name: 'Claire Dubois' });
  const polish = await buildUser(database.db, { countryCode: 'PL', name: 'Anna Nowak' });
  return { french, polish, frenchSession: await signIn(app, french), polishSession: await signIn(app, polish) };
}

async function contactsOf(session: Awaited<ReturnType<typeof signIn>>) {
  return myContactsResponseSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/my-contacts', headers: { cookie: session.cookie } })).json(),
  );
}

function ask(session: Awaited<ReturnType<typeof signIn>>, to: BuiltUser, message = 'Shall we write a story together?') {
  return app.inject({ method: 'POST', url: '/api/contact-requests', headers: asSignedIn(session), payload: { toUserId: to.id, message } });
}

describe('contacts', () => {
  it('sends a request that reaches the other by mail; accepted, both see each other with their address', async () => {
    const { french, polish, frenchSession, polishSession } = await pair();
    assert.equal((await ask(frenchSession, polish)).statusCode, 201);
    const mail = await smtp.waitForMail(polish.email, /would like to be in contact/);
    assert.match(mail.text, /Shall we write a story together\?/);

    const incoming = (await contactsOf(polishSession)).incoming;
    assert.deepEqual(
      incoming.map((request) => request.person.name),
      ['Claire Dubois'],
    );
    assert.deepEqual(
      (await contactsOf(frenchSession)).outgoing.map((request) => request.person.name),
      ['Anna Nowak'],
    );

    const accepted = await app.inject({
      method: 'POST',
      url: `/api/contact-requests/${incoming[0]!.id}/accept`,
      headers: asSignedIn(polishSession),
    });
    assert.equal(accepted.statusCode, 204);
    await smtp.waitForMail(french.email, /accepted your contact request/);
    assert.deepEqual(
      (await contactsOf(frenchSession)).contacts.map((contact) => contact.email),
      [polish.email],
    );
    assert.deepEqual(
      (await contactsOf(polishSession)).contacts.map((contact) => contact.email),
      [french.email],
    );
    const again = await ask(frenchSession, polish);
    assert.deepEqual([again.statusCode, errorBodySchema.parse(again.json()).error.code], [409, 'already_in_contact']);
  });

  it('refuses a second request while one waits, in either direction', async () => {
    const { polish, french, frenchSession, polishSession } = await pair();
    assert.equal((await ask(frenchSession, polish)).statusCode, 201);
    const again = await ask(frenchSession, polish);
    assert.deepEqual([again.statusCode, errorBodySchema.parse(again.json()).error.code], [409, 'contact_request_already_sent']);
    const reverse = await ask(polishSession, french);
    assert.deepEqual([reverse.statusCode, errorBodySchema.parse(reverse.json()).error.code], [409, 'contact_request_awaits_you']);
    assert.match(errorBodySchema.parse(reverse.json()).error.message, /answer their request/);
  });

  it('lets only the recipient answer, once', async () => {
    const { polish, frenchSession, polishSession } = await pair();
    await ask(frenchSession, polish);
    const requestId = (await contactsOf(polishSession)).incoming[0]!.id;
    assert.equal(
      (await app.inject({ method: 'POST', url: `/api/contact-requests/${requestId}/accept`, headers: asSignedIn(frenchSession) }))
        .statusCode,
      404,
    );
    assert.equal(
      (await app.inject({ method: 'POST', url: `/api/contact-requests/${requestId}/decline`, headers: asSignedIn(polishSession) }))
        .statusCode,
      204,
    );
    assert.equal(
      (await app.inject({ method: 'POST', url: `/api/contact-requests/${requestId}/accept`, headers: asSignedIn(polishSession) }))
        .statusCode,
      404,
    );
    assert.equal((await contactsOf(polishSession)).incoming.length, 0);
  });

  it('blocking ends the contact, hides each from the other’s search, and refuses requests as "not found"', async () => {
    const { french, polish, frenchSession, polishSession } = await pair();
    await ask(frenchSession, polish);
    await app.inject({
      method: 'POST',
      url: `/api/contact-requests/${(await contactsOf(polishSession)).incoming[0]!.id}/accept`,
      headers: asSignedIn(polishSession),
    });
    assert.equal(
      (await app.inject({ method: 'PUT', url: `/api/blocks/${french.id}`, headers: asSignedIn(polishSession) })).statusCode,
      204,
    );
    assert.deepEqual((await contactsOf(polishSession)).contacts, []);
    assert.deepEqual(
      (await contactsOf(polishSession)).blocked.map((person) => person.name),
      ['Claire Dubois'],
    );

    const search = searchPartnersResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/partners?q=anna%20nowak', headers: { cookie: frenchSession.cookie } })).json(),
    );
    assert.ok(!search.results.some((result) => result.id === polish.id), 'the blocker is not found by the blocked');
    assert.equal((await ask(frenchSession, polish)).statusCode, 404);

    assert.equal(
      (await app.inject({ method: 'DELETE', url: `/api/blocks/${french.id}`, headers: asSignedIn(polishSession) })).statusCode,
      204,
    );
    assert.equal((await ask(frenchSession, polish)).statusCode, 201);
  });

  it('refuses to write to a hidden, pending or unknown teacher, or to oneself', async () => {
    const { french, frenchSession } = await pair();
    const pending = await buildUser(database.db, { countryCode: 'DE', status: 'pending' });
    const hidden = await buildUser(database.db, { countryCode: 'DE' });
    await database.db.updateTable('teacher_profiles').set({ hidden_from_search: true }).where('user_id', '=', hidden.id).execute();
    assert.equal((await ask(frenchSession, pending)).statusCode, 404);
    assert.equal((await ask(frenchSession, hidden)).statusCode, 404);
    assert.equal((await ask(frenchSession, { ...french, id: crypto.randomUUID() })).statusCode, 404);
    assert.equal((await ask(frenchSession, french)).statusCode, 400);
    assert.equal((await ask(frenchSession, hidden, 'x'.repeat(501))).statusCode, 400);
  });

  it('refuses pending teachers, officers and visitors', async () => {
    const { polish } = await pair();
    for (const user of [
      await buildUser(database.db, { status: 'pending' }),
      await buildUser(database.db, { role: 'nss', countryCode: 'FR' }),
    ]) {
      const session = await signIn(app, user);
      assert.equal((await ask(session, polish)).statusCode, 403);
      assert.equal((await app.inject({ method: 'GET', url: '/api/my-contacts', headers: { cookie: session.cookie } })).statusCode, 403);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/my-contacts' })).statusCode, 401);
  });
});
