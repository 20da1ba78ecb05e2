import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runToEnd, startServerProcess, type ServerProcess } from '@jumelage/server/testing/server-process';

const cliScript = path.resolve(import.meta.dirname, '../../apps/server/src/cli/main.ts');

/**
 * Where an e2e run keeps its data: an embedded PGlite in a fresh DATA_DIR, or the database on the
 * server named by E2E_DATABASE_URL.
 */
export async function e2eDatabaseEnvironment(): Promise<Record<string, string>> {
  return process.env.E2E_DATABASE_URL
    ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
    : { DATA_DIR: await mkdtemp(path.join(tmpdir(), 'jumelage-e2e-')), DATABASE_URL: '' };
}

/** The real server, as `npm start` runs it. The caller stops it. */
export async function startE2eServer(environment?: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess(environment ?? (await e2eDatabaseEnvironment()));
}

/**
 * Runs an operator command on the same database. With the embedded database, do it before the
 * server starts: PGlite is opened by one process at a time.
 */
export async function runCli(environment: Record<string, string>, args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runToEnd(cliScript, args, environment);
  if (code !== 0) throw new Error(`npm run cli -- ${args.join(' ')} failed (${code}): ${stderr}`);
  return stdout;
}
