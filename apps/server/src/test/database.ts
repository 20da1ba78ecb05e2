import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dumpPglite, openDatabase, type Database } from '../platform/db/database.ts';
import { migrate, readMigrations } from '../platform/db/migrations.ts';
import { atEndOfFile } from './cleanup.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL, dropped when the file's tests end.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const migrated = options.migrated !== false;
  let database: Database;
  if (serverUrl) {
    database = await openDatabase({ url: await createServerDatabase(serverUrl) });
    if (migrated) await migrate(database);
  } else {
    database = await openDatabase(migrated ? { memory: true, from: await migratedPgliteDump() } : { memory: true });
  }
  atEndOfFile(() => database.close());
  return database;
}

/** Creates an empty database on the server and returns its URL; `after` drops it. */
export async function createServerDatabase(serverUrl: string): Promise<string> {
  const name = `jumelage_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  atEndOfFile(() => withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient(serverUrl: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creating a PGlite database takes seconds, loading a dump a fraction of one: the migrated
 * database is dumped once per set of migrations and shared by every test file through tmpdir.
 */
async function migratedPgliteDump(): Promise<Blob> {
  const migrations = await readMigrations();
  const key = createHash('sha256')
    .update(migrations.map((m) => m.checksum).join())
    .digest('hex')
    .slice(0, 16);
  const file = path.join(tmpdir(), `jumelage-test-pglite-${key}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const dump = await dumpPglite(async (database) => void (await migrate(database, migrations)));
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  }
}
