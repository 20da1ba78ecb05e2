import type { NewSchool, Region, School } from '@jumelage/contracts';
import { sql } from 'kysely';
import type { SchoolsDb } from './tables.ts';
import { escapeLike } from '../../platform/db/like.ts';

function schoolColumns(db: SchoolsDb) {
  return db
    .selectFrom('schools')
    .leftJoin('regions', 'regions.id', 'schools.region_id')
    .select([
      'schools.id',
      'schools.name',
      'schools.country_code as countryCode',
      'schools.region_id as regionId',
      'regions.name as regionName',
      'schools.town',
      'schools.level',
    ]);
}

/**
 * Schools of one country whose name or town contains every word typed, ignoring accents and
 * case (the trigram index on search_text serves the LIKE). Names starting with the text first.
 */
export async function searchSchools(db: SchoolsDb, countryCode: string, text: string, limit: number): Promise<School[]> {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 6);
  let query = schoolColumns(db).where('schools.country_code', '=', countryCode);
  for (const word of words) {
    query = query.where(sql<boolean>`schools.search_text like '%' || search_normalize(${escapeLike(word)}) || '%'`);
  }
  return query
    .orderBy(sql`search_normalize(schools.name) like search_normalize(${escapeLike(words[0] ?? '')}) || '%'`, 'desc')
    .orderBy('schools.name')
    .limit(limit)
    .execute();
}

export async function findSchool(db: SchoolsDb, id: string): Promise<School | undefined> {
  return schoolColumns(db).where('schools.id', '=', id).executeTakeFirst();
}

export async function insertSchool(db: SchoolsDb, school: NewSchool): Promise<string> {
  const row = await db
    .insertInto('schools')
    .values({ name: school.name, country_code: school.countryCode, region_id: school.regionId, town: school.town, level: school.level })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listRegions(db: SchoolsDb, countryCode: string): Promise<Region[]> {
  return db.selectFrom('regions').select(['id', 'name']).where('country_code', '=', countryCode).orderBy('name').execute();
}

export async function countryExists(db: SchoolsDb, countryCode: string): Promise<boolean> {
  const row = await db.selectFrom('countries').select('code').where('code', '=', countryCode).executeTakeFirst();
  return row !== undefined;
}
