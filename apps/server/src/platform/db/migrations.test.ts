import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createServerDatabase, createTestDatabase } from '../../test/database.ts';
import { openDatabase } from './database.ts';
import { migrate, migrationStatus, MigrationError, readMigrations } from './migrations.ts';

describe('migrations', () => {
  it('applies every migration once, in order, and reports them applied', async () => {
    const database = await createTestDatabase({ migrated: false });
    const all = await readMigrations();
    assert.ok(all.length > 0);
    assert.deepEqual(
      (await migrationStatus(database)).map((state) => state.appliedAt),
      all.map(() => null),
    );

    const applied = await migrate(database);
    assert.deepEqual(
      applied.map((m) => m.version),
      all.map((m) => m.version),
    );
    assert.deepEqual(await migrate(database), [], 'a second run applies nothing');

    const status = await migrationStatus(database);
    assert.ok(status.every((state) => state.appliedAt instanceof Date));
  });

  it('refuses to run when an applied migration was edited', async () => {
    const database = await createTestDatabase({ migrated: false });
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    await writeFile(path.join(dir, '0001_first.sql'), 'create table first_table (id int);');
    await migrate(database, await readMigrations(dir));

    await writeFile(path.join(dir, '0001_first.sql'), 'create table first_table (id bigint);');
    await assert.rejects(migrate(database, await readMigrations(dir)), MigrationError);
  });

  it('rolls back a failing migration whole and records nothing', async () => {
    const database = await createTestDatabase({ migrated: false });
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    await writeFile(path.join(dir, '0001_broken.sql'), 'create table half_done (id int);\nselect no_such_function();');
    await assert.rejects(migrate(database, await readMigrations(dir)));

    const tables = await sql<{ name: string | null }>`select to_regclass('half_done')::text as name`.execute(database.db);
    assert.equal(tables.rows[0]?.name, null);
    assert.equal((await migrationStatus(database, await readMigrations(dir)))[0]?.appliedAt, null);
  });

  it('refuses a file not named NNNN_name.sql', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    await writeFile(path.join(dir, 'add-users.sql'), 'select 1;');
    await assert.rejects(readMigrations(dir), /NNNN_name\.sql/);
  });

  it(
    'applies once when two processes start together on the same server',
    { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' },
    async () => {
      const url = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      const [first, second] = await Promise.all([openDatabase({ url }), openDatabase({ url })]);
      try {
        const [appliedByFirst, appliedBySecond] = await Promise.all([migrate(first), migrate(second)]);
        const total = (await readMigrations()).length;
        assert.equal(appliedByFirst.length + appliedBySecond.length, total);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    },
  );
});
