import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { AuditEntriesTable } from '../audit/tables.ts';
import type { DomainEventsTable } from '../events/tables.ts';
import type { OutboxMailsTable } from '../mail/tables.ts';

/**
 * Every table the server's queries may name. The platform declares its own here; each module adds
 * its tables from its `tables.ts` (`declare module` below this file), so the platform names no module.
 */
export interface Schema extends PlatformTables {}

/** The platform's own tables. */
export type PlatformTables = {
  schema_migrations: {
    version: number;
    name: string;
    checksum: string;
    applied_at: Generated<Date>;
  };
  outbox_mails: OutboxMailsTable;
  domain_events: DomainEventsTable;
  audit_entries: AuditEntriesTable;
  rate_limit_hits: { id: Generated<number>; bucket: string; key: string; hit_at: Generated<Date> };
};

/**
 * What a query runs on: the database or a transaction, able to name only `Tables`. A module's
 * queries take `Db<its tables & what it may read>`, so that naming another module's table is a
 * compile error; the whole database (or a transaction on it) is accepted wherever a part is asked.
 */
export type Db<Tables> = Kysely<Tables> | Transaction<Tables>;

/** Tables to read and never write: every column selects as it is, and cannot be inserted or updated. */
export type ReadOnly<Tables> = {
  [Table in keyof Tables]: { [Column in keyof Selectable<Tables[Table]>]: ColumnType<Selectable<Tables[Table]>[Column], never, never> };
};
