import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from '../../test/database.ts';
import { buildSchool, buildUser } from '../../test/factories.ts';
import { searchPartners, type PartnerFilters, type PlanChoice } from './queries.ts';

const database = await createTestDatabase();
const db = database.db;

const school = await buildSchool(db, { countryCode: 'IT', name: 'Liceo Galilei', town: 'Pisa' });
const searcher = await buildUser(db, { countryCode: 'FR', name: 'Claire Dubois' });
const teachers: string[] = [];
for (let index = 0; index < 12; index++) {
  const teacher = await buildUser(db, {
    countryCode: 'IT',
    name: index % 3 === 0 ? `Marco Galli ${index}` : `Anna Rossi ${index}`,
    schoolId: school.id,
  });
  await activeOn(teacher.id, new Date(Date.UTC(2026, 0, 1 + index)));
  teachers.push(teacher.id);
}
// The recent tier: the searcher (active now) and the five most recently active Italians.
await sql`select keep_recently_active_partners(6)`.execute(db);

async function activeOn(userId: string, date: Date) {
  await db.updateTable('users').set({ last_active_at: date }).where('id', '=', userId).execute();
}

async function recentTier() {
  const { rows } = await sql<{
    name: string;
  }>`select name from recently_active_partners where last_active >= (select since from recently_active_partners_since) order by name`.execute(
    db,
  );
  return rows.map((row) => row.name);
}

function filtersFor(text: string): PartnerFilters {
  const none = undefined;
  return {
    searcherId: searcher.id,
    words: text.split(' '),
    countries: none,
    excludedCountry: 'FR',
    subjects: none,
    languages: none,
    levels: none,
    ageMin: none,
    ageMax: none,
    lookingOnly: false,
  };
}

describe('partner search plans', () => {
  it('gives the same page, count and facets from every plan, and from the recent tier whenever it holds the counted matches', async () => {
    const plans: PlanChoice[] = ['estimated', 'recent narrow', 'recent walk'];
    for (const [text, counted, answeredFrom] of [
      ['pisa', 4, 'recently_active_partners'],
      ['pisa', 12, 'partner_search'],
      ['galli', 4, 'partner_search'],
      ['liceo galilei', 5, 'recently_active_partners'],
    ] as const) {
      const everyone = await searchPartners(db, filtersFor(text), undefined, 3, { plan: 'all teachers', counted });
      assert.equal(everyone.answeredFrom, 'partner_search');
      for (const plan of plans) {
        const result = await searchPartners(db, filtersFor(text), undefined, 3, { plan, counted });
        assert.deepEqual(
          [result.found, result.matches, result.facets],
          [everyone.found, everyone.matches, everyone.facets],
          `${text}, ${plan}`,
        );
        assert.equal(result.overflow, false);
        if (plan !== 'estimated') assert.equal(result.answeredFrom, answeredFrom, `${text}, ${counted}, ${plan}`);
      }
    }
  });

  it('ranks names that contain the text first, then the most recently active', async () => {
    const { found, matches } = await searchPartners(db, filtersFor('pisa'), undefined, 3);
    assert.equal(matches, 12);
    assert.deepEqual(
      found.map((teacher) => teacher.name),
      ['Anna Rossi 11', 'Anna Rossi 10', 'Marco Galli 9', 'Anna Rossi 8'],
    );
    const byName = await searchPartners(db, filtersFor('galli'), undefined, 3);
    assert.deepEqual(
      byName.found.map((teacher) => teacher.name),
      ['Marco Galli 9', 'Marco Galli 6', 'Marco Galli 3', 'Marco Galli 0'],
    );
  });
});

describe('the recent tier', () => {
  it('holds the most recently active after the upkeep, and follows every change to them', async () => {
    assert.deepEqual(await recentTier(), [
      'Anna Rossi 10',
      'Anna Rossi 11',
      'Anna Rossi 7',
      'Anna Rossi 8',
      'Claire Dubois',
      'Marco Galli 9',
    ]);
    await activeOn(teachers[0]!, new Date());
    await db.updateTable('users').set({ name: 'Anna Rossi-Neri 11' }).where('id', '=', teachers[11]!).execute();
    await db.updateTable('teacher_profiles').set({ hidden_from_search: true }).where('user_id', '=', teachers[10]!).execute();
    assert.deepEqual(await recentTier(), [
      'Anna Rossi 7',
      'Anna Rossi 8',
      'Anna Rossi-Neri 11',
      'Claire Dubois',
      'Marco Galli 0',
      'Marco Galli 9',
    ]);
    const { rows } = await sql<{ fresh: boolean }>`
      select (r.*)::text = (s.*)::text as fresh from recently_active_partners r join partner_search s using (user_id) where user_id = ${teachers[11]}`.execute(
      db,
    );
    assert.deepEqual(rows, [{ fresh: true }], 'the copy carries every column of the change');
    await db.updateTable('teacher_profiles').set({ hidden_from_search: false }).where('user_id', '=', teachers[10]!).execute();
  });

  it('moves its start only up, and lets go of those who fell behind it', async () => {
    const since = async () =>
      (await sql<{ since: string }>`select since::text from recently_active_partners_since`.execute(db)).rows[0]!.since;
    const before = await since();
    await sql`select keep_recently_active_partners(3)`.execute(db);
    const raised = await since();
    assert.ok(raised > before);
    assert.deepEqual(await recentTier(), ['Anna Rossi-Neri 11', 'Claire Dubois', 'Marco Galli 0']);
    const { rows } = await sql<{ kept: number }>`select count(*)::int as kept from recently_active_partners`.execute(db);
    assert.equal(rows[0]!.kept, 3, 'the others are deleted, not only left behind');
    await sql`select keep_recently_active_partners(10)`.execute(db);
    assert.equal(await since(), raised);
  });
});
