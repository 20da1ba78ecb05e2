import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBodySchema, searchPartnersResponseSchema, type SearchPartnersResponse } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildSchool, buildUser, setProfile, signIn, type BuiltUser, type ProfileValues } from '../../test/factories.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });

async function teacher(
  countryCode: string,
  name: string,
  profile: ProfileValues = {},
  values: { status?: 'pending' | 'validated' | 'rejected'; school?: { name: string; town: string } } = {},
) {
  const school = await buildSchool(database.db, { countryCode, ...(values.school ?? {}) });
  const user = await buildUser(database.db, { countryCode, name, schoolId: school.id, status: values.status ?? 'validated' });
  await setProfile(database.db, user.id, profile);
  return user;
}

const searcher = await teacher('FR', 'Claire Dubois');
const searcherSession = await signIn(app, searcher);
await teacher(
  'PL',
  'Małgorzata Wiśniewska',
  { subjects: ['history', 'geography'], ages: [11, 14], languages: ['pl', 'en'] },
  { school: { name: 'Szkoła Podstawowa nr 12', town: 'Kraków' } },
);
await teacher('DE', 'Jürgen Größer', {
  subjects: ['music'],
  ages: [6, 10],
  languages: ['de', 'fr'],
  presentation: 'Wir singen gern Lieder aus ganz Europa.',
});
const frenchColleague = await teacher('FR', 'Julien Martin', { subjects: ['history'] });
const pending = await teacher('PL', 'Piotr Pending', {}, { status: 'pending' });
const rejected = await teacher('PL', 'Paweł Rejected', {}, { status: 'rejected' });
const hidden = await teacher('PL', 'Hanna Hidden', { hidden: true });

async function search(query = '', session = searcherSession): Promise<SearchPartnersResponse> {
  const response = await app.inject({ method: 'GET', url: `/api/partners${query}`, headers: { cookie: session.cookie } });
  assert.equal(response.statusCode, 200, response.body);
  return searchPartnersResponseSchema.parse(response.json());
}

function namesOf(response: SearchPartnersResponse): string[] {
  return response.results.map((result) => result.name);
}

describe('partner search', () => {
  it('finds validated teachers abroad, never pending, rejected or hidden ones, nor oneself, nor one’s own country by default', async () => {
    const names = namesOf(await search());
    assert.ok(names.includes('Małgorzata Wiśniewska'));
    assert.ok(names.includes('Jürgen Größer'));
    for (const absent of [pending, rejected, hidden, searcher, frenchColleague]) {
      assert.ok(!(await search()).results.some((result) => result.id === absent.id), absent.email);
    }
    assert.ok(namesOf(await search('?includeOwnCountry=true')).includes('Julien Martin'));
  });

  it('finds by name, school or town whatever the accents and case', async () => {
    assert.deepEqual(namesOf(await search('?q=malgorzata')), ['Małgorzata Wiśniewska']);
    assert.deepEqual(namesOf(await search('?q=KRAKOW')), ['Małgorzata Wiśniewska']);
    assert.deepEqual(namesOf(await search('?q=grosser')), ['Jürgen Größer'], 'ß is found as ss');
    assert.deepEqual(namesOf(await search('?q=lieder%20europa')), ['Jürgen Größer']);
  });

  it('filters by countries, subjects, overlapping ages, languages and looking for partners', async () => {
    assert.deepEqual(namesOf(await search('?countries=PL')), ['Małgorzata Wiśniewska']);
    assert.deepEqual(namesOf(await search('?subjects=music')), ['Jürgen Größer']);
    assert.deepEqual(namesOf(await search('?ageMin=13&ageMax=17')), ['Małgorzata Wiśniewska']);
    assert.deepEqual(namesOf(await search('?languages=fr')), ['Jürgen Größer']);
    assert.deepEqual(namesOf(await search('?countries=PL,DE&subjects=geography,music&ageMin=8&ageMax=12')).toSorted(), [
      'Jürgen Größer',
      'Małgorzata Wiśniewska',
    ]);
  });

  it('counts facets for the current query', async () => {
    const response = await search('?countries=PL,DE');
    assert.deepEqual(
      response.facets.countries.toSorted((a, b) => a.value.localeCompare(b.value)),
      [
        { value: 'DE', count: 1 },
        { value: 'PL', count: 1 },
      ],
    );
    assert.ok(response.facets.subjects.some((facet) => facet.value === 'history' && facet.count === 1));
    assert.equal(response.matches, 2);
  });

  it('pages with a cursor, never skipping nor repeating anyone', async () => {
    for (let index = 0; index < 7; index++) await teacher('IT', `Insegnante ${index}`, { subjects: ['art'] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPartnersResponse = await search(`?subjects=art&limit=3${cursor ? `&after=${cursor}` : ''}`);
      seen.push(...page.results.map((result) => result.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 7);
    assert.equal(new Set(seen).size, 7);
  });

  it('keeps finding a teacher whose presentation is 2,000 four-byte characters (the walk index cuts by bytes)', async () => {
    const long = await teacher('GR', 'Eleni Emoji', { presentation: '🎻'.repeat(2000) });
    await setProfile(database.db, long.id, { presentation: '🎺'.repeat(2000) });
    assert.deepEqual(namesOf(await search('?q=eleni emoji')), ['Eleni Emoji']);
  });

  it('stops finding a teacher who hides their profile, at once', async () => {
    const visible = await teacher('SE', 'Elin Andersson', { subjects: ['biology'] });
    assert.deepEqual(namesOf(await search('?subjects=biology')), ['Elin Andersson']);
    await database.db.updateTable('teacher_profiles').set({ hidden_from_search: true }).where('user_id', '=', visible.id).execute();
    assert.deepEqual(namesOf(await search('?subjects=biology')), []);
  });

  for (const [what, query] of [
    ['an unknown country', '?countries=XX,fr'],
    ['an unknown subject', '?subjects=alchemy'],
    ['a reversed age range', '?ageMin=15&ageMax=9'],
    ['a 10,000-character text', `?q=${'a'.repeat(10_000)}`],
    ['a forged cursor', '?after=bm90IGEgY3Vyc29y'],
  ] as const) {
    it(`refuses ${what} with a clear error`, async () => {
      const response = await app.inject({ method: 'GET', url: `/api/partners${query}`, headers: { cookie: searcherSession.cookie } });
      assert.equal(response.statusCode, 400);
      assert.equal(errorBodySchema.parse(response.json()).error.code, 'validation_failed');
    });
  }

  it('refuses pending and rejected teachers, officers and visitors', async () => {
    const officer = await buildUser(database.db, { role: 'nss', countryCode: 'FR' });
    for (const user of [pending, rejected, officer] as BuiltUser[]) {
      const session = await signIn(app, user);
      const response = await app.inject({ method: 'GET', url: '/api/partners', headers: { cookie: session.cookie } });
      assert.equal(response.statusCode, 403, user.email);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/partners' })).statusCode, 401);
  });
});
