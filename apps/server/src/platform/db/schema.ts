import type { Generated } from 'kysely';
import type { SessionsTable } from '../auth/tables.ts';
import type { AuditEntriesTable } from '../audit/tables.ts';
import type { DomainEventsTable } from '../events/tables.ts';
import type { OutboxMailsTable } from '../mail/tables.ts';

/**
 * Every table the server's queries may name. The platform declares its own here; each module adds
 * its tables from its `tables.ts` (`declare module` below this file), so the platform names no module.
 */
export interface Schema {
  schema_migrations: {
    version: number;
    name: string;
    checksum: string;
    applied_at: Generated<Date>;
  };
  sessions: SessionsTable;
  outbox_mails: OutboxMailsTable;
  domain_events: DomainEventsTable;
  audit_entries: AuditEntriesTable;
  rate_limit_hits: { id: Generated<number>; bucket: string; key: string; hit_at: Generated<Date> };
}
