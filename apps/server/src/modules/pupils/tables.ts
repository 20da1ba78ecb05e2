import type { Db, ReadOnly } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { AccountsTables } from '../accounts/module.ts';
import type { ImageConsent } from '@jumelage/contracts';
import type { ColumnType, Generated } from 'kysely';

/** A date without a time, written as '2027-09-01' and selected with `::text` (never a JavaScript Date). */
type DateText = ColumnType<string, string, string>;

export type PupilsTable = {
  user_id: string;
  first_name: string;
  last_name: Generated<string>;
  school_id: string;
  created_by: string | null;
  account_consent_on: DateText | null;
  account_consent_by: string | null;
  image_consent: Generated<ImageConsent>;
  image_consent_on: DateText | null;
  image_consent_by: string | null;
  created_at: Generated<Date>;
};

export type ProjectPupilsTable = {
  project_id: string;
  pupil_id: string;
  added_by: string | null;
  added_at: Generated<Date>;
};

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type PupilsTables = {
  pupils: PupilsTable;
  project_pupils: ProjectPupilsTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends PupilsTables {}
}

/** What this module's queries run on: its own tables, the kernel's, and the accounts' tables it still writes. */
export type PupilsDb = Db<PupilsTables & Omit<KernelTables, 'users'> & AccountsWrittenHere>;

/**
 * A pupil's account is a user that this module creates, signs out and unlocks: it still writes
 * these tables of accounts directly, until accounts offers those changes as services.
 */
type AccountsWrittenHere = Pick<AccountsTables, 'users' | 'login_failures' | 'sessions'>;

/** What other modules may read of pupils (never write): who they are and which projects they are in. */
export type PupilsReadView = ReadOnly<Pick<PupilsTables, 'pupils' | 'project_pupils'>>;
