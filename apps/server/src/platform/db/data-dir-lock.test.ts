import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { temporaryDataDir, filesUnder } from '../../test/data-dir.ts';
import { DataDirInUseError } from './data-dir-lock.ts';
import { openDatabase } from './database.ts';

/** Another live process, standing for a server that holds the directory. */
async function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  await once(child, 'spawn');
  return {
    pid: child.pid!,
    async end() {
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}

describe('the embedded database is opened by one process at a time', () => {
  it('refuses a directory a live process holds, naming it, and touches nothing', async () => {
    const dataDir = await temporaryDataDir();
    const holder = await otherProcess();
    try {
      await writeFile(path.join(dataDir, 'pglite.lock'), String(holder.pid));
      await assert.rejects(openDatabase({ dataDir }), (error: Error) => {
        assert.ok(error instanceof DataDirInUseError);
        assert.match(error.message, new RegExp(`open in process ${holder.pid}`));
        return true;
      });
      assert.deepEqual(await filesUnder(dataDir), ['pglite.lock']);
      assert.equal(await readFile(path.join(dataDir, 'pglite.lock'), 'utf8'), String(holder.pid));
    } finally {
      await holder.end();
    }
  });

  it('takes over the lock of a process that is gone, and gives it back on close', async () => {
    const dataDir = await temporaryDataDir();
    const holder = await otherProcess();
    await holder.end();
    await writeFile(path.join(dataDir, 'pglite.lock'), String(holder.pid));
    const database = await openDatabase({ dataDir });
    assert.equal(await readFile(path.join(dataDir, 'pglite.lock'), 'utf8'), String(process.pid));
    await database.close();
    assert.ok(!(await filesUnder(dataDir)).includes('pglite.lock'));
    const reopened = await openDatabase({ dataDir });
    await reopened.close();
  });
});
