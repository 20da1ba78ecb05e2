import type { SchoolLevel } from '@jumelage/contracts';
import type { Generated } from 'kysely';

export type SchoolsTable = {
  id: Generated<string>;
  name: string;
  country_code: string;
  region_id: string | null;
  town: string;
  level: SchoolLevel;
  search_text: Generated<string>;
  created_at: Generated<Date>;
};

export type RegionsTable = {
  id: string;
  country_code: string;
  name: string;
};

export type RegionalCorrespondentsTable = {
  id: Generated<string>;
  region_id: string;
  name: string;
  email: string;
  created_at: Generated<Date>;
};

declare module '../../platform/db/schema.ts' {
  interface Schema {
    regions: RegionsTable;
    regional_correspondents: RegionalCorrespondentsTable;
    schools: SchoolsTable;
  }
}
