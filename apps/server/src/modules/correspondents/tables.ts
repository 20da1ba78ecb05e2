import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { Generated } from 'kysely';

export type RegionalCorrespondentsTable = {
  id: Generated<string>;
  region_id: string;
  name: string;
  email: string;
  created_at: Generated<Date>;
};

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type CorrespondentsTables = {
  regional_correspondents: RegionalCorrespondentsTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends CorrespondentsTables {}
}

/** What this module's queries run on: its own tables, the kernel's and what it reads of other modules. */
export type CorrespondentsDb = Db<CorrespondentsTables & KernelTables>;
