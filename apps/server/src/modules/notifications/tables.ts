import type { Db } from '../../platform/db/schema.ts';
import type { KernelTables } from '../kernel.ts';
import type { Generated } from 'kysely';

export type NotificationDetail = {
  projectTitle?: string;
  actorName?: string;
  countryCode?: string;
  outcome?: string;
  reason?: string;
  pupilName?: string;
};

export type NotificationsTable = {
  id: Generated<number>;
  user_id: string;
  /** Declared by the module that sends it (DomainModule.notifications). */
  kind: string;
  /** What it is about, in any domain ('project', 'pupil', …); the id is unknown for pupil notices older than 0018. */
  subject_type: string;
  subject_id: string | null;
  /** The page of the app it links to, if any. */
  path: string | null;
  detail: NotificationDetail;
  created_at: Generated<Date>;
  read_at: Date | null;
};

/** The tables this module owns: only its own queries name them (see modules/kernel.ts for what all may read). */
export type NotificationsTables = {
  notifications: NotificationsTable;
};

declare module '../../platform/db/schema.ts' {
  interface Schema extends NotificationsTables {}
}

/** What this module's queries run on: its own tables, and the kernel's to read. */
export type NotificationsDb = Db<NotificationsTables & KernelTables>;
