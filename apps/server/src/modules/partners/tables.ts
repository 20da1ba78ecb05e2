import type { Db, ReadOnly } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { SchoolLevel } from '@jumelage/contracts';

/** Filled by database triggers only (migration 0005): the code reads it, never writes it. */
export type PartnerSearchTable = {
  user_id: string;
  name: string;
  country_code: string;
  school_name: string;
  town: string;
  level: SchoolLevel;
  subjects: string[];
  languages: string[];
  age_min: number | null;
  age_max: number | null;
  looking: boolean;
  last_active: Date;
  name_text: string;
  search_text: string;
};

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type PartnersTables = {
  partner_search: PartnerSearchTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends PartnersTables {}
}

/** What this module's queries run on: its own tables, and the kernel's to read. */
export type PartnersDb = Db<PartnersTables & KernelTables>;

/** What other modules may read of partner search: the searchable card of each teacher. */
export type PartnersReadView = ReadOnly<PartnersTables>;
