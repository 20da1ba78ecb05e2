import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listCountriesResponseSchema, readinessSchema, type Readiness } from '@jumelage/contracts';
import { createServerDatabase } from './test/database.ts';
import { mainScript, runToEnd, startServerProcess } from './test/server-process.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

async function temporaryDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'jumelage-data-'));
}

describe('the server process', () => {
  it('exits at once, naming PORT, when PORT is not a number', async () => {
    const started = Date.now();
    const { code, stderr } = await runToEnd(mainScript, [], { PORT: 'abc' });
    assert.notEqual(code, 0);
    assert.match(stderr, /PORT="abc"/);
    assert.ok(Date.now() - started < 5_000);
  });

  it('says so and exits when DATABASE_URL cannot be reached', async () => {
    const { code, stdout } = await runToEnd(mainScript, [], { DATABASE_URL: 'postgres://root:secret@127.0.0.1:1/nowhere' });
    assert.equal(code, 1);
    assert.match(stdout, /Cannot reach postgres:\/\/root@127\.0\.0\.1:1\/nowhere/);
    assert.doesNotMatch(stdout, /secret/, 'the password never reaches the logs');
  });

  it('starts on the embedded database, serves, and stops cleanly on SIGTERM', async () => {
    const dataDir = await temporaryDataDir();
    const server = await startServerProcess({ DATA_DIR: dataDir });
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal(readinessSchema.parse(await ready.json()).checks.database.kind, 'pglite');
    assert.equal(await server.stop(), 0);
    assert.ok(server.logs.some((line) => line.msg === 'stopped cleanly'));

    // The data survives: a second start reopens the same database and applies nothing new.
    const again = await startServerProcess({ DATA_DIR: dataDir });
    assert.equal((await fetch(`${again.url}/api/countries`)).status, 200);
    assert.deepEqual(again.logs.find((line) => line.msg === 'database ready')?.applied, []);
    assert.equal(await again.stop(), 0);
  });

  it('runs as two processes on one PostgreSQL database, both serving', { skip: !serverUrl && 'needs TEST_DATABASE_URL' }, async () => {
    const databaseUrl = await createServerDatabase(serverUrl!);
    const [first, second] = await Promise.all([
      startServerProcess({ DATABASE_URL: databaseUrl }),
      startServerProcess({ DATABASE_URL: databaseUrl }),
    ]);
    try {
      assert.notEqual(first.url, second.url);
      for (const server of [first, second]) {
        const readiness = readinessSchema.parse(await (await fetch(`${server.url}/readyz`)).json());
        assert.equal(readiness.checks.database.kind, 'postgres');
        const { countries } = listCountriesResponseSchema.parse(await (await fetch(`${server.url}/api/countries`)).json());
        assert.equal(countries.length, 44);
      }
    } finally {
      assert.deepEqual(await Promise.all([first.stop(), second.stop()]), [0, 0]);
    }
  });

  it('connects to Redis when REDIS_URL is set and reports it in readiness', async () => {
    const server = await startServerProcess({
      DATA_DIR: await temporaryDataDir(),
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    });
    try {
      const readinessOf = async (): Promise<Readiness> => readinessSchema.parse(await (await fetch(`${server.url}/readyz`)).json());
      let readiness = await readinessOf();
      for (let attempt = 0; readiness.checks.redis?.status !== 'up' && attempt < 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        readiness = await readinessOf();
      }
      assert.equal(readiness.checks.redis?.status, 'up');
    } finally {
      await server.stop();
    }
  });
});
