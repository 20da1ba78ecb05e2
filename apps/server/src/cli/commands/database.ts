import type { Command } from 'commander';
import { migrate, migrationStatus } from '../../platform/db/migrations.ts';
import { withDatabase } from '../with-database.ts';

const manualMigrations = { migrate: false };

export function registerDatabaseCommands(program: Command): void {
  program
    .command('db:migrate')
    .description('Apply the pending database migrations (the server also does this at start)')
    .action(() =>
      withDatabase(async (database) => {
        const applied = await migrate(database);
        const names = applied.map((migration) => `  applied ${formatVersion(migration.version)}_${migration.name}`);
        console.log(applied.length === 0 ? `${database.kind}: up to date` : `${database.kind}:\n${names.join('\n')}`);
      }, manualMigrations),
    );

  program
    .command('db:status')
    .description('List the migrations and whether each is applied')
    .action(() =>
      withDatabase(async (database) => {
        const states = await migrationStatus(database);
        console.log(`${database.kind}: ${states.filter((state) => state.appliedAt).length} of ${states.length} applied`);
        for (const state of states) {
          const when = state.appliedAt ? `applied ${state.appliedAt.toISOString()}` : 'pending';
          console.log(`  ${formatVersion(state.version)}_${state.name}  ${when}`);
        }
      }, manualMigrations),
    );
}

function formatVersion(version: number): string {
  return String(version).padStart(4, '0');
}
