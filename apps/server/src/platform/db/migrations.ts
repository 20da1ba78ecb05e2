import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';

/**
 * Versioned SQL migrations: `migrations/NNNN_name.sql`, applied in order, each in its own
 * transaction, under an advisory lock so that processes starting together apply them once.
 */
export const migrationsDir = path.resolve(import.meta.dirname, '../../../migrations');

export type Migration = { version: number; name: string; checksum: string; text: string };
export type MigrationState = { version: number; name: string; appliedAt: Date | null };

export class MigrationError extends Error {
  override name = 'MigrationError';
}

// Any constant works; it only has to be the same in every process of the platform.
const MIGRATION_LOCK_KEY = 7_351_012;

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new MigrationError(`Migration file name ${file} is not NNNN_name.sql`);
      const text = await readFile(path.join(dir, file), 'utf8');
      return { version: Number(match[1]), name: match[2]!, checksum: sha256(text), text };
    }),
  );
}

/** Applies the pending migrations; returns the ones it applied. */
export async function migrate(database: Database, migrations?: Migration[]): Promise<Migration[]> {
  const all = migrations ?? (await readMigrations());
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      await ensureMigrationsTable(connection);
      const applied = await appliedMigrations(connection);
      checkUnchanged(all, applied);
      const pending = all.filter((migration) => !applied.has(migration.version));
      for (const migration of pending) await applyMigration(connection, migration);
      return pending;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

export async function migrationStatus(database: Database, migrations?: Migration[]): Promise<MigrationState[]> {
  const all = migrations ?? (await readMigrations());
  await ensureMigrationsTable(database.db);
  const rows = await database.db.selectFrom('schema_migrations').select(['version', 'applied_at']).execute();
  const appliedAt = new Map(rows.map((row) => [row.version, row.applied_at]));
  return all.map(({ version, name }) => ({ version, name, appliedAt: appliedAt.get(version) ?? null }));
}

async function ensureMigrationsTable(db: Kysely<Schema>): Promise<void> {
  await sql`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(db);
}

async function appliedMigrations(db: Kysely<Schema>): Promise<Map<number, string>> {
  const rows = await db.selectFrom('schema_migrations').select(['version', 'checksum']).execute();
  return new Map(rows.map((row) => [row.version, row.checksum]));
}

function checkUnchanged(migrations: Migration[], applied: Map<number, string>): void {
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.version} (${migration.name}) was changed after it was applied; add a new migration instead`,
      );
    }
  }
}

async function applyMigration(db: Kysely<Schema>, migration: Migration): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    await sql.raw(migration.text).execute(transaction);
    await transaction
      .insertInto('schema_migrations')
      .values({ version: migration.version, name: migration.name, checksum: migration.checksum })
      .execute();
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
