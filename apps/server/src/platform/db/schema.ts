import type { Generated } from 'kysely';
import type { CountriesTable } from '../../modules/countries/tables.ts';

/** Every table the server's queries may name, assembled from each module's own tables. */
export type Schema = {
  schema_migrations: {
    version: number;
    name: string;
    checksum: string;
    applied_at: Generated<Date>;
  };
  countries: CountriesTable;
};
