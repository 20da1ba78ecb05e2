import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { suggestedPartnersResponseSchema, type SuggestedPartnersResponse } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { asSignedIn, buildUser, setProfile, signIn, type BuiltUser, type ProfileValues, type SignedIn } from '../../test/factories.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });

async function teacher(
  countryCode: string,
  name: string,
  profile: ProfileValues,
  daysIdle = 0,
  status: 'validated' | 'pending' = 'validated',
) {
  const user = await buildUser(database.db, { countryCode, name, status });
  await setProfile(database.db, user.id, profile);
  await database.db
    .updateTable('users')
    .set({ last_active_at: new Date(Date.now() - daysIdle * 86_400_000) })
    .where('id', '=', user.id)
    .execute();
  return user;
}

async function suggestionsFor(session: SignedIn): Promise<SuggestedPartnersResponse> {
  const response = await app.inject({ method: 'GET', url: '/api/partners/suggestions', headers: { cookie: session.cookie } });
  assert.equal(response.statusCode, 200, response.body);
  return suggestedPartnersResponseSchema.parse(response.json());
}

const mine: ProfileValues = { subjects: ['history', 'music'], ages: [10, 13], languages: ['fr', 'en'] };
const me = await teacher('FR', 'Claire Dubois', mine);
const session = await signIn(app, me);

const best = await teacher('PL', 'Anna Nowak', { subjects: ['history', 'music'], ages: [11, 14], languages: ['pl', 'en', 'fr'] });
const farAway = await teacher('GE', 'Nino Beridze', { subjects: ['history', 'music'], ages: [11, 14], languages: ['ka', 'en', 'fr'] });
const ageless = await teacher('BE', 'Lotte Janssens', { subjects: ['music'], ages: null, languages: ['nl', 'fr'] });
const idle = await teacher(
  'DE',
  'Jonas Weber',
  { subjects: ['history', 'music'], ages: [11, 14], languages: ['de', 'en', 'fr'], looking: false },
  200,
);
await teacher('FR', 'Julien Martin', mine);
await teacher('IT', 'Marco Rossi', { ...mine, languages: ['it'] });
await teacher('AT', 'Lena Huber', { subjects: ['chemistry'], ages: [16, 18], languages: ['de', 'en'] });
await teacher('PL', 'Piotr Pending', mine, 0, 'pending');
const asked = await teacher('ES', 'Lucía García', mine);
const blocked = await teacher('PT', 'Rui Costa', mine);
await app.inject({
  method: 'POST',
  url: '/api/contact-requests',
  headers: asSignedIn(session),
  payload: { toUserId: asked.id, message: 'Hola' },
});
await app.inject({ method: 'PUT', url: `/api/blocks/${blocked.id}`, headers: asSignedIn(session) });

describe('suggested partners', () => {
  it('suggests colleagues abroad who share a language and a subject or ages, best first, each with its reasons', async () => {
    const { profileComplete, suggestions } = await suggestionsFor(session);
    assert.equal(profileComplete, true);
    assert.deepEqual(
      suggestions.map((suggestion) => suggestion.partner.name),
      ['Anna Nowak', 'Nino Beridze', 'Jonas Weber', 'Lotte Janssens'],
    );
    assert.deepEqual(suggestions[0]!.reasons, [
      { kind: 'subjects', subjects: ['history', 'music'] },
      { kind: 'ages', from: 11, to: 13 },
      { kind: 'languages', languages: ['en', 'fr'] },
      { kind: 'timeZone', hours: 0 },
      { kind: 'active', days: 0 },
      { kind: 'looking' },
    ]);
    const kinds = (user: BuiltUser) =>
      suggestions.find((suggestion) => suggestion.partner.id === user.id)!.reasons.map((reason) => reason.kind);
    assert.ok(!kinds(farAway).includes('timeZone'), 'Tbilisi is three hours from Paris');
    assert.ok(!kinds(idle).includes('active'));
    assert.ok(kinds(best).includes('active'));
    assert.deepEqual(kinds(ageless), ['subjects', 'languages', 'timeZone', 'active', 'looking'], 'no ages said, none shared');
  });

  it('leaves out one’s own country, those sharing no language or nothing else, the pending, the already asked and the blocked', async () => {
    const names = (await suggestionsFor(session)).suggestions.map((suggestion) => suggestion.partner.name);
    for (const absent of ['Claire Dubois', 'Julien Martin', 'Marco Rossi', 'Lena Huber', 'Piotr Pending', 'Lucía García', 'Rui Costa']) {
      assert.ok(!names.includes(absent), absent);
    }
  });

  it('suggests the same when the recent tier holds only some of them: too few candidates there, and the whole table answers', async () => {
    const before = await suggestionsFor(session);
    await sql`select keep_recently_active_partners(3)`.execute(database.db);
    const { rows } = await sql<{
      name: string;
    }>`select name from recently_active_partners where last_active >= (select since from recently_active_partners_since)`.execute(
      database.db,
    );
    assert.ok(!rows.some((row) => row.name === 'Jonas Weber'), 'the idle teacher is outside the recent tier');
    assert.deepEqual(await suggestionsFor(session), before);
  });

  it('asks for a profile first: without working languages there is nothing to suggest', async () => {
    const newcomer = await teacher('BE', 'Emma Peeters', { subjects: ['history'], languages: [] });
    const answer = await suggestionsFor(await signIn(app, newcomer));
    assert.deepEqual(answer, { profileComplete: false, suggestions: [] });
  });

  it('refuses pending teachers, officers and visitors', async () => {
    const pending = await buildUser(database.db, { countryCode: 'PL', status: 'pending' });
    const officer = await buildUser(database.db, { role: 'nss', countryCode: 'PL' });
    for (const user of [pending, officer]) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/partners/suggestions',
        headers: { cookie: (await signIn(app, user)).cookie },
      });
      assert.equal(response.statusCode, 403);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/partners/suggestions' })).statusCode, 401);
  });
});
