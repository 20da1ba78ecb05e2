import { loadConfigOrExit } from '../platform/config.ts';
import { databaseLocationOf, openDatabase, type Database } from '../platform/db/database.ts';

/** Opens the configured database for one command, and always closes it. Failures exit with 1. */
export async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();
  let database: Database | undefined;
  try {
    database = await openDatabase(databaseLocationOf(config));
    await work(database);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
