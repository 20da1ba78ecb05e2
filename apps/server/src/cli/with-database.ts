import { loadConfigOrExit, type Config } from '../platform/config.ts';
import { databaseLocationOf, openDatabase, type Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrations.ts';

/**
 * Opens the configured database for one command, and always closes it. Failures exit with 1.
 * Like the server, a command first applies pending migrations, unless it manages them itself.
 */
export async function withDatabase(
  work: (database: Database, config: Config) => Promise<void>,
  options: { migrate: boolean } = { migrate: true },
): Promise<void> {
  const config = loadConfigOrExit();
  let database: Database | undefined;
  try {
    database = await openDatabase(databaseLocationOf(config));
    if (options.migrate) await migrate(database);
    await work(database, config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
