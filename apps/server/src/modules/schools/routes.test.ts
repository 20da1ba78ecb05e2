import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorBodySchema, listRegionsResponseSchema, searchSchoolsResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildSchool } from '../../test/factories.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });
await buildSchool(database.db, { countryCode: 'FR', name: 'Lycée Émile Zola', town: 'Besançon' });
await buildSchool(database.db, { countryCode: 'FR', name: 'École du 100% sport', town: 'Lille' });
await buildSchool(database.db, { countryCode: 'BE', name: 'Athénée Royal Émile Zola', town: 'Liège' });

async function names(query: string): Promise<string[]> {
  const response = await app.inject({ method: 'GET', url: `/api/schools?${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return searchSchoolsResponseSchema.parse(response.json()).schools.map((school) => school.name);
}

describe('school search (public: people search it while registering)', () => {
  it('finds the schools of one country by name or town, whatever the accents and case', async () => {
    assert.deepEqual(await names('country=FR&q=EMILE%20zola'), ['Lycée Émile Zola']);
    assert.deepEqual(await names('country=FR&q=besancon'), ['Lycée Émile Zola']);
    assert.deepEqual(await names('country=BE&q=zola'), ['Athénée Royal Émile Zola']);
  });

  it('treats % and _ as letters, not as patterns', async () => {
    assert.deepEqual(await names('country=FR&q=100%25'), ['École du 100% sport']);
    assert.deepEqual(await names('country=FR&q=%25%25'), []);
  });

  for (const [what, query, status] of [
    ['a missing country', 'q=zola', 400],
    ['a country in lower case', 'country=fr&q=zola', 400],
    ['a country that does not take part', 'country=US&q=zola', 404],
    ['a one-letter text', 'country=FR&q=z', 400],
    ['a 101-character text', `country=FR&q=${'z'.repeat(101)}`, 400],
    ['a limit of 500', 'country=FR&q=zola&limit=500', 400],
  ] as const) {
    it(`refuses ${what}`, async () => {
      const response = await app.inject({ method: 'GET', url: `/api/schools?${query}` });
      assert.equal(response.statusCode, status);
      assert.equal(errorBodySchema.parse(response.json()).error.code, status === 404 ? 'not_found' : 'validation_failed');
    });
  }
});

describe('regions', () => {
  it("lists France's 30 académies, and none for a country without regions", async () => {
    const france = listRegionsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/countries/FR/regions' })).json());
    assert.equal(france.regions.length, 30);
    assert.ok(france.regions.some((region) => region.id === 'FR-LYON' && region.name === 'Lyon'));
    const poland = listRegionsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/countries/PL/regions' })).json());
    assert.deepEqual(poland.regions, []);
  });

  it('refuses an unknown or malformed country', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/countries/XX/regions' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/countries/france/regions' })).statusCode, 400);
  });
});
