import { sql, type RawBuilder } from 'kysely';

/**
 * A timestamptz as an ISO 8601 string in UTC with microseconds, as the contracts' datetimes are,
 * built by the database so that cursors keep the full precision of the stored time.
 */
export function isoTime(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
