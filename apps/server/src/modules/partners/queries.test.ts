import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestDatabase } from '../../test/database.ts';
import { buildSchool, buildUser } from '../../test/factories.ts';
import { searchPartners, type PartnerFilters } from './queries.ts';

const database = await createTestDatabase();

const school = await buildSchool(database.db, { countryCode: 'IT', name: 'Liceo Galilei', town: 'Pisa' });
const searcher = await buildUser(database.db, { countryCode: 'FR', name: 'Claire Dubois' });
for (let index = 0; index < 12; index++) {
  const teacher = await buildUser(database.db, { countryCode: 'IT', name: index % 3 === 0 ? `Marco Galli ${index}` : `Anna Rossi ${index}`, schoolId: school.id });
  await database.db
    .updateTable('users')
    .set({ last_active_at: new Date(Date.UTC(2026, 0, 1 + index)) })
    .where('id', '=', teacher.id)
    .execute();
}

function filtersFor(text: string): PartnerFilters {
  const none = undefined;
  return { searcherId: searcher.id, words: text.split(' '), countries: none, excludedCountry: 'FR', subjects: none, languages: none, levels: none, ageMin: none, ageMax: none, lookingOnly: false };
}

describe('partner search plans', () => {
  it('gives the same page, count and facets whether a search takes the narrow plan or the walk', async () => {
    for (const text of ['galli', 'pisa', 'liceo galilei']) {
      const chosen = await searchPartners(database.db, filtersFor(text), undefined, 5);
      const narrow = await searchPartners(database.db, filtersFor(text), undefined, 5, 'narrow');
      const walked = await searchPartners(database.db, filtersFor(text), undefined, 5, 'walk');
      assert.equal(narrow.overflow, false);
      assert.equal(walked.overflow, false, 'the walk is the last resort: it never overflows');
      assert.deepEqual(walked.found, narrow.found, text);
      assert.deepEqual([walked.matches, walked.facets], [narrow.matches, narrow.facets]);
      assert.deepEqual([chosen.found, chosen.matches, chosen.facets], [narrow.found, narrow.matches, narrow.facets]);
    }
  });

  it('ranks names that contain the text first, then the most recently active', async () => {
    const { found, matches } = await searchPartners(database.db, filtersFor('pisa'), undefined, 3);
    assert.equal(matches, 12);
    assert.deepEqual(found.map((teacher) => teacher.name), ['Anna Rossi 11', 'Anna Rossi 10', 'Marco Galli 9', 'Anna Rossi 8']);
    const byName = await searchPartners(database.db, filtersFor('galli'), undefined, 3);
    assert.deepEqual(byName.found.map((teacher) => teacher.name), ['Marco Galli 9', 'Marco Galli 6', 'Marco Galli 3', 'Marco Galli 0']);
  });
});
