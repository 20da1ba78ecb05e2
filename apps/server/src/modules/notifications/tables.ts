import type { Generated } from 'kysely';
import type { NotificationKind } from '@jumelage/contracts';

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
  kind: NotificationKind;
  project_id: string | null;
  detail: NotificationDetail;
  created_at: Generated<Date>;
  read_at: Date | null;
};

declare module '../../platform/db/schema.ts' {
  interface Schema {
    notifications: NotificationsTable;
  }
}
