import type { Country } from '@jumelage/contracts';
import type { Database } from '../../platform/db/database.ts';

export async function listCountries({ db }: Database): Promise<Country[]> {
  return db.selectFrom('countries').select(['code', 'membership', 'languages']).orderBy('code').execute();
}
