import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
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

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type SchoolsTables = {
  regions: RegionsTable;
  schools: SchoolsTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends SchoolsTables {}
}

/** What this module's queries run on: its own tables, and the kernel's to read. */
export type SchoolsDb = Db<SchoolsTables & Omit<KernelTables, 'schools' | 'regions'>>;
