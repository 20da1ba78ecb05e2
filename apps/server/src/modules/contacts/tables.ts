import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { PartnersReadView } from '../partners/module.ts';
import type { Generated } from 'kysely';

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

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type ContactsTables = {
  contact_requests: ContactRequestsTable;
  blocks: BlocksTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends ContactsTables {}
}

/** What this module's queries run on: its own tables, the kernel's and what it reads of other modules. */
export type ContactsDb = Db<ContactsTables & KernelTables & PartnersReadView>;
