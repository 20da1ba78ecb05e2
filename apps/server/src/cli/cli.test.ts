import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createServerDatabase } from '../test/database.ts';
import { runToEnd } from '../test/server-process.ts';

const cliScript = path.resolve(import.meta.dirname, 'main.ts');
const serverUrl = process.env.TEST_DATABASE_URL;

/** The CLI against the database this test run uses: an on-disk PGlite, or a new server database. */
async function databaseEnvironment(): Promise<Record<string, string>> {
  if (serverUrl) return { DATABASE_URL: await createServerDatabase(serverUrl) };
  return { DATA_DIR: await mkdtemp(path.join(tmpdir(), 'jumelage-cli-')), DATABASE_URL: '' };
}

describe('npm run cli', () => {
  it('--help lists the operator commands', async () => {
    const { code, stdout } = await runToEnd(cliScript, ['--help'], {});
    assert.equal(code, 0);
    assert.match(stdout, /db:migrate/);
    assert.match(stdout, /db:status/);
  });

  it('db:status shows pending migrations, db:migrate applies them, db:status then shows them applied', async () => {
    const environment = await databaseEnvironment();
    const before = await runToEnd(cliScript, ['db:status'], environment);
    assert.equal(before.code, 0, before.stderr);
    assert.match(before.stdout, /: 0 of \d+ applied/);
    assert.match(before.stdout, /0001_countries\s+pending/);

    const migrated = await runToEnd(cliScript, ['db:migrate'], environment);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /applied 0001_countries/);

    const after = await runToEnd(cliScript, ['db:status'], environment);
    assert.match(after.stdout, /0001_countries\s+applied \d{4}-/);
    assert.match((await runToEnd(cliScript, ['db:migrate'], environment)).stdout, /up to date/);
  });

  it('privacy:export prints what the platform keeps about a person, without their password, and names an unknown one', async () => {
    const environment = await databaseEnvironment();
    const created = await runToEnd(
      cliScript,
      [
        'user:create',
        '--email',
        'ada@example.org',
        '--password',
        'long enough 123',
        '--name',
        'Ada Exported',
        '--role',
        'teacher',
        '--country',
        'FR',
      ],
      environment,
    );
    assert.equal(created.code, 0, created.stderr);
    const exported = await runToEnd(cliScript, ['privacy:export', 'Ada@example.org'], environment);
    assert.equal(exported.code, 0, exported.stderr);
    const data = JSON.parse(exported.stdout) as {
      accounts: { account: Record<string, unknown>; teacherProfile: unknown; sessions: unknown[] };
    };
    assert.deepEqual(
      [data.accounts.account.email, data.accounts.account.name, data.accounts.sessions],
      ['ada@example.org', 'Ada Exported', []],
    );
    assert.doesNotMatch(exported.stdout, /password|\$argon2/i);

    const unknown = await runToEnd(cliScript, ['privacy:export', 'nobody@example.org'], environment);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No account has the address nobody@example.org/);
  });

  it('names an unknown command and suggests the right one', async () => {
    const { code, stderr } = await runToEnd(cliScript, ['db:statu'], {});
    assert.notEqual(code, 0);
    assert.match(stderr, /db:status/);
  });

  it('refuses the embedded database while another process (a running server) holds it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'jumelage-cli-'));
    await writeFile(path.join(dataDir, 'pglite.lock'), String(process.pid));
    const { code, stderr } = await runToEnd(cliScript, ['db:status'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`is open in process ${process.pid} \\(a running server\\?\\)`));
  });

  it('reports an unreachable database and exits with failure', async () => {
    const { code, stderr } = await runToEnd(cliScript, ['db:status'], { DATABASE_URL: 'postgres://root@127.0.0.1:1/nowhere' });
    assert.equal(code, 1);
    assert.match(stderr, /Cannot reach/);
  });
});
