import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/**
 * Takes `<dataDir>/pglite.lock`, holding this process's id, for as long as the embedded database is
 * open: PGlite takes no lock of its own, and a second process opening the same directory (a CLI
 * command beside a running server) corrupts it. A lock whose process is gone is taken over; a live
 * one is never. Returns the release.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'pglite.lock');
  await createLockFile(lockFile);
  const releaseAtExit = () => releaseIfOurs(lockFile);
  process.once('exit', releaseAtExit);
  return async () => {
    process.off('exit', releaseAtExit);
    if ((await holderOf(lockFile)) === process.pid) await unlink(lockFile).catch(() => undefined);
  };
}

async function createLockFile(lockFile: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await holderOf(lockFile);
    // The same process reopening after a close it did not finish (tests, a restart in place).
    if (holder === process.pid) return;
    if (holder !== undefined && isAlive(holder)) {
      throw new DataDirInUseError(
        `The embedded database in ${path.dirname(lockFile)} is open in process ${holder} (a running server?). ` +
          'PGlite is opened by one process at a time: stop that process first.',
      );
    }
    await unlink(lockFile).catch(() => undefined);
  }
  throw new DataDirInUseError(`Could not take ${lockFile}: another process took it at the same moment`);
}

async function holderOf(lockFile: string): Promise<number | undefined> {
  const text = await readFile(lockFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(lockFile: string): void {
  try {
    if (Number.parseInt(readFileSync(lockFile, 'utf8'), 10) === process.pid) unlinkSync(lockFile);
  } catch {
    // Already gone.
  }
}
