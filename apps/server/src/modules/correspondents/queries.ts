import type { Correspondent, CorrespondentRequest } from '@jumelage/contracts';
import type { CorrespondentsDb } from './tables.ts';

export type RegionContacts = { id: string; name: string; correspondents: Correspondent[] };

export async function regionsWithCorrespondents(db: CorrespondentsDb, countryCode: string): Promise<RegionContacts[]> {
  const rows = await db
    .selectFrom('regions')
    .leftJoin('regional_correspondents', 'regional_correspondents.region_id', 'regions.id')
    .select([
      'regions.id as regionId',
      'regions.name as regionName',
      'regional_correspondents.id',
      'regional_correspondents.name',
      'regional_correspondents.email',
    ])
    .where('regions.country_code', '=', countryCode)
    .orderBy('regions.name')
    .orderBy('regional_correspondents.name')
    .execute();
  const regions = new Map<string, RegionContacts>();
  for (const row of rows) {
    const region = regions.get(row.regionId) ?? { id: row.regionId, name: row.regionName, correspondents: [] };
    regions.set(row.regionId, region);
    if (row.id && row.name && row.email) region.correspondents.push({ id: row.id, name: row.name, email: row.email });
  }
  return [...regions.values()];
}

export async function regionCountry(db: CorrespondentsDb, regionId: string): Promise<string | undefined> {
  const row = await db.selectFrom('regions').select('country_code').where('id', '=', regionId).executeTakeFirst();
  return row?.country_code;
}

export async function correspondentCountry(db: CorrespondentsDb, correspondentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('regional_correspondents')
    .innerJoin('regions', 'regions.id', 'regional_correspondents.region_id')
    .select('regions.country_code')
    .where('regional_correspondents.id', '=', correspondentId)
    .executeTakeFirst();
  return row?.country_code;
}

export async function insertCorrespondent(db: CorrespondentsDb, regionId: string, values: CorrespondentRequest): Promise<Correspondent> {
  return db
    .insertInto('regional_correspondents')
    .values({ region_id: regionId, ...values })
    .returning(['id', 'name', 'email'])
    .executeTakeFirstOrThrow();
}

export async function updateCorrespondent(db: CorrespondentsDb, id: string, values: CorrespondentRequest): Promise<Correspondent> {
  return db
    .updateTable('regional_correspondents')
    .set(values)
    .where('id', '=', id)
    .returning(['id', 'name', 'email'])
    .executeTakeFirstOrThrow();
}

export async function deleteCorrespondent(db: CorrespondentsDb, id: string): Promise<void> {
  await db.deleteFrom('regional_correspondents').where('id', '=', id).execute();
}
