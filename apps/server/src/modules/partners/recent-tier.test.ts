import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createLogger } from '../../platform/logger.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser } from '../../test/factories.ts';
import { startRecentPartnersUpkeep } from './recent-tier.ts';

const database = await createTestDatabase();
const db = database.db;

async function tier() {
  const { rows } = await sql<{ since: string; kept: number }>`
    select since::text, (select count(*)::int from recently_active_partners) as kept from recently_active_partners_since`.execute(db);
  return rows[0]!;
}

describe('the recent tier upkeep', () => {
  it('keeps every teacher while there are fewer than 100,000, and stops only after its run', async () => {
    for (let index = 0; index < 3; index++) await buildUser(db, { countryCode: 'PL' });
    const upkeep = startRecentPartnersUpkeep(db, createLogger('silent'));
    await upkeep.stop();
    assert.deepEqual(await tier(), { since: '-infinity', kept: 3 });
  });
});
