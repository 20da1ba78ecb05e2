import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { PupilsReadView } from '../pupils/module.ts';
import type { AccountRole, AccountStatus, Language, StaffRole } from '@jumelage/contracts';
import type { ColumnType, Generated } from 'kysely';

export type UsersTable = {
  id: Generated<string>;
  /**
   * Null only for pupils, who sign in with a username (a check constraint says so): queries that
   * select teachers, officers or admins read a string.
   */
  email: ColumnType<string, string | null, string>;
  username: Generated<string | null>;
  password_hash: string;
  /** Set on a pupil's card password: it must be replaced at the first sign-in. */
  password_must_change: Generated<boolean>;
  name: string;
  role: AccountRole;
  staff_role: StaffRole | null;
  country_code: string | null;
  school_id: string | null;
  status: AccountStatus;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  email_confirmed_at: Date | null;
  language: Language;
  created_at: Generated<Date>;
  last_active_at: Generated<Date>;
  awaiting_since: Generated<Date>;
};

export type TeacherProfilesTable = {
  user_id: string;
  subjects: Generated<string[]>;
  pupil_age_min: number | null;
  pupil_age_max: number | null;
  working_languages: Generated<string[]>;
  presentation: Generated<string>;
  looking_for_partners: Generated<boolean>;
  hidden_from_search: Generated<boolean>;
  updated_at: Generated<Date>;
};

export type AccountTokensTable = {
  token_hash: string;
  user_id: string;
  purpose: 'confirm_email' | 'reset_password';
  email: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Generated<Date>;
};

export type SignInAddressesTable = {
  login: string;
  ip: string;
  last_signed_in_at: Generated<Date>;
};

export type LoginFailuresTable = {
  id: Generated<number>;
  email: string;
  ip: string;
  failed_at: Generated<Date>;
};

export type SessionsTable = {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  user_agent: Generated<string>;
  ip: Generated<string>;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
};

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type AccountsTables = {
  users: UsersTable;
  teacher_profiles: TeacherProfilesTable;
  account_tokens: AccountTokensTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  sign_in_addresses: SignInAddressesTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends AccountsTables {}
}

/** What this module's queries run on: its own tables, the kernel's and what it reads of pupils (a pupil signs in with the consent of their family). */
export type AccountsDb = Db<AccountsTables & Omit<KernelTables, 'users'> & PupilsReadView>;
