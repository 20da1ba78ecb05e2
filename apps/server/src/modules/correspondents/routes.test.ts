import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryContactsResponseSchema, errorBodySchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, signIn, type BuiltUser } from '../../test/factories.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });
const frenchOfficer = await buildUser(database.db, { role: 'nss', countryCode: 'FR' });
const correspondent = { name: 'Anne Moreau', email: 'anne.moreau@ac-lyon.example' };

async function add(user: BuiltUser | undefined, regionId = 'FR-LYON', body: object = correspondent) {
  const headers = user ? asSignedIn(await signIn(app, user)) : {};
  return app.inject({ method: 'POST', url: `/api/regions/${regionId}/correspondents`, headers, payload: body });
}

async function contactsOf(countryCode: string, user?: BuiltUser) {
  const headers = user ? { cookie: (await signIn(app, user)).cookie } : {};
  return countryContactsResponseSchema.parse(
    (await app.inject({ method: 'GET', url: `/api/countries/${countryCode}/contacts`, headers })).json(),
  );
}

describe('regional contacts', () => {
  it('lists the 30 académies of France publicly, with their correspondents', async () => {
    const added = await add(frenchOfficer);
    assert.equal(added.statusCode, 201, added.body);
    const contacts = await contactsOf('FR');
    assert.equal(contacts.regions.length, 30);
    assert.deepEqual(
      contacts.regions.find((region) => region.id === 'FR-LYON')?.correspondents.map(({ name, email }) => ({ name, email })),
      [correspondent],
    );
    assert.equal(contacts.can.edit, false, 'a visitor may only read');
    assert.equal((await contactsOf('FR', frenchOfficer)).can.edit, true);
  });

  it("lets the country's officer change and remove a correspondent", async () => {
    const { id } = (await add(frenchOfficer, 'FR-NANTES')).json<{ id: string }>();
    const session = await signIn(app, frenchOfficer);
    const changed = await app.inject({
      method: 'PUT',
      url: `/api/correspondents/${id}`,
      headers: asSignedIn(session),
      payload: { name: 'Paul Girard', email: 'paul.girard@ac-nantes.example' },
    });
    assert.equal(changed.json().name, 'Paul Girard');
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/correspondents/${id}`, headers: asSignedIn(session) })).statusCode, 204);
    const nantes = (await contactsOf('FR')).regions.find((region) => region.id === 'FR-NANTES');
    assert.deepEqual(nantes?.correspondents, []);
  });

  it('refuses an officer of another country, a teacher and a visitor, and changes nothing', async () => {
    const polishOfficer = await buildUser(database.db, { role: 'nss', countryCode: 'PL' });
    const teacher = await buildUser(database.db, { countryCode: 'FR' });
    const before = (await contactsOf('FR')).regions.find((region) => region.id === 'FR-RENNES')!.correspondents.length;
    assert.equal((await add(polishOfficer, 'FR-RENNES')).statusCode, 403);
    assert.equal((await add(teacher, 'FR-RENNES')).statusCode, 403);
    assert.equal((await add(undefined, 'FR-RENNES')).statusCode, 401);
    assert.equal((await contactsOf('FR')).regions.find((region) => region.id === 'FR-RENNES')!.correspondents.length, before);

    const { id } = (await add(frenchOfficer, 'FR-RENNES')).json<{ id: string }>();
    const session = await signIn(app, polishOfficer);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/correspondents/${id}`, headers: asSignedIn(session) })).statusCode, 403);
  });

  it('refuses a malformed address, an unknown region and an unknown country', async () => {
    const bad = await add(frenchOfficer, 'FR-LYON', { name: 'X', email: 'not-an-address' });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorBodySchema.parse(bad.json()).error.code, 'validation_failed');
    assert.equal((await add(frenchOfficer, 'FR-ATLANTIS')).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/countries/XX/contacts' })).statusCode, 404);
  });

  it('answers a country without regions with an empty list', async () => {
    assert.deepEqual((await contactsOf('PL')).regions, []);
  });
});
