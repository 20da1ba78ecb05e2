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
