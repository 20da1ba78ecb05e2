import type { ReadOnly } from '../platform/db/schema.ts';
import type { AccountsTables } from './accounts/module.ts';
import type { CountriesTables } from './countries/module.ts';
import type { SchoolsTables } from './schools/module.ts';

/**
 * What every module may read (never write): people, their schools, the regions and countries. A module's
 * queries add these to its own tables; anything else of another module is asked of that module.
 */
export type KernelTables = ReadOnly<Pick<AccountsTables, 'users'> & Pick<SchoolsTables, 'schools' | 'regions'> & CountriesTables>;
