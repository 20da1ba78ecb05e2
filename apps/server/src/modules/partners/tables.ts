import type { SchoolLevel } from '@jumelage/contracts';
import type { Generated } from 'kysely';

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

export type ContactRequestsTable = {
  id: Generated<string>;
  from_user: string;
  to_user: string;
  message: string;
  status: Generated<'pending' | 'accepted' | 'declined'>;
  created_at: Generated<Date>;
  decided_at: Date | null;
};

export type BlocksTable = {
  blocker: string;
  blocked: string;
  created_at: Generated<Date>;
};

declare module '../../platform/db/schema.ts' {
  interface Schema {
    partner_search: PartnerSearchTable;
    contact_requests: ContactRequestsTable;
    blocks: BlocksTable;
  }
}
