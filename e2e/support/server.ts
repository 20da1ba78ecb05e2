import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '@jumelage/server/testing/server-process';

/**
 * The real server, as `npm start` runs it, on a fresh database: embedded PGlite in a temporary
 * DATA_DIR, or the database on the server named by E2E_DATABASE_URL. The caller stops it.
 */
export async function startE2eServer(): Promise<ServerProcess> {
  const environment: Record<string, string> = process.env.E2E_DATABASE_URL
    ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
    : { DATA_DIR: await mkdtemp(path.join(tmpdir(), 'jumelage-e2e-')), DATABASE_URL: '' };
  return startServerProcess(environment);
}
