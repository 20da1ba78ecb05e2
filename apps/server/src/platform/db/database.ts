import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { createPglitePool } from './pglite-pool.ts';
import type { Config } from '../config.ts';
import type { Schema } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** The one handle on the database that the rest of the server receives. */
export type Database = {
  kind: DatabaseKind;
  db: Kysely<Schema>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** Where the data lives; an in-memory database may start from a dump (`dumpPglite`), as tests do. */
export type DatabaseLocation = { url: string } | { dataDir: string } | { memory: true; from?: Blob };

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** Counts (int8) come back as numbers on both databases, as PGlite returns them. */
function typeParserFor(oid: number): (value: string) => unknown {
  if (oid === (pg.types.builtins.INT8 as number)) return Number;
  const defaultParser = pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
  return defaultParser;
}

export function databaseLocationOf(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseLocation {
  return config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir };
}

/** Opens the configured database and checks that it answers. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const database = 'url' in location ? openPostgres(location.url) : await openPglite(location);
  try {
    await database.ping();
  } catch (error) {
    await database.close().catch(() => undefined);
    const where = 'url' in location ? describeUrl(location.url) : 'the embedded database';
    throw new DatabaseUnreachableError(`Cannot reach ${where}: ${(error as Error).message}`, { cause: error });
  }
  return database;
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    types: { getTypeParser: typeParserFor },
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return wrap('postgres', new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }));
}

async function openPglite(location: Exclude<DatabaseLocation, { url: string }>): Promise<Database> {
  const dataDir = 'dataDir' in location ? path.join(location.dataDir, 'pglite') : undefined;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const releaseLock = 'dataDir' in location ? await lockDataDir(location.dataDir) : nothingToRelease;
  try {
    // Extensions must be passed at every open, or a database that uses them fails to reopen.
    const pglite = await PGlite.create(dataDir, {
      extensions: { btree_gin, pg_trgm, unaccent },
      ...('from' in location ? { loadDataDir: location.from } : {}),
    });
    return wrap('pglite', new Kysely<Schema>({ dialect: new PostgresDialect({ pool: createPglitePool(pglite) }) }), releaseLock);
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/**
 * Builds an in-memory database, lets `prepare` fill it, and returns its files as a dump that
 * `{ memory: true, from }` opens several times faster than creating a database from nothing.
 */
export async function dumpPglite(prepare: (database: Database) => Promise<void>): Promise<Blob> {
  const pglite = await PGlite.create({ extensions: { btree_gin, pg_trgm, unaccent } });
  const database = wrap('pglite', new Kysely<Schema>({ dialect: new PostgresDialect({ pool: createPglitePool(pglite) }) }));
  try {
    await prepare(database);
    return await pglite.dumpDataDir('none');
  } finally {
    await database.close();
  }
}

async function nothingToRelease(): Promise<void> {}

function wrap(kind: DatabaseKind, db: Kysely<Schema>, afterClose = nothingToRelease): Database {
  let closed = false;
  return {
    kind,
    db,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await afterClose();
    },
  };
}

/** The URL without its password, for messages and logs. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}
