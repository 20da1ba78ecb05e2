import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCodes, listCountriesResponseSchema } from '@jumelage/contracts';
import { buildTestApp } from '../../test/app.ts';

describe('GET /api/countries', () => {
  it('lists the 44 participating countries from the database, with their languages', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/countries' });
    assert.equal(response.statusCode, 200);
    const { countries } = listCountriesResponseSchema.parse(response.json());
    assert.equal(countries.length, 44);
    assert.equal(countries.filter((country) => country.membership === 'eu').length, 27);
    assert.deepEqual(countries.find((country) => country.code === 'FR')?.languages, ['fr']);
    assert.deepEqual(
      countries.map((country) => country.code),
      countries.map((country) => country.code).toSorted(),
    );
    assert.deepEqual(
      countries.map((country) => country.code),
      countryCodes.toSorted(),
      'the contracts list the same countries',
    );
  });

  it('is public: no session needed', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/countries', headers: { cookie: 'session=forged' } });
    assert.equal(response.statusCode, 200);
  });
});
