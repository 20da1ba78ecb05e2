import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { atEndOfFile } from './cleanup.ts';

/** A DATA_DIR of the test file's own, removed when the file's tests end. */
export async function temporaryDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jumelage-test-data-'));
  atEndOfFile(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under a folder, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}
