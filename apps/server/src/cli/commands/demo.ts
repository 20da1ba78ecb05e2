import type { Command } from 'commander';
import { demoPassword, loadDemoData } from '../../demo/load-demo-data.ts';
import { withDatabase } from '../with-database.ts';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo:load')
    .description('Fill the database with demo data: 12 countries, 204 schools, 612 teachers, an NSS officer per country and an admin')
    .action(() =>
      withDatabase(async (database) => {
        const started = Date.now();
        const summary = await loadDemoData(database, { schoolsPerCountry: 17, teachersPerSchool: 3, onProgress: (message) => console.log(`  ${message}`) });
        console.log(
          summary.alreadyLoaded
            ? 'The demo data is already in this database.'
            : `Loaded ${summary.countries} countries, ${summary.schools} schools, ${summary.teachers} teachers in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
        console.log(`\nDemo log-ins (password for all: "${demoPassword}"):`);
        for (const login of summary.logins) console.log(`  ${login.role.padEnd(8)} ${(login.countryCode ?? '').padEnd(3)} ${login.email}`);
      }),
    );
}
