import type { Command } from 'commander';
import { demoPassword, loadDemoData } from '../../demo/load-demo-data.ts';
import { withDatabase } from '../with-database.ts';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo:load')
    .description(
      'Fill the database with demo data: 12 countries, 204 schools, 612 teachers, an NSS officer per country, an admin, projects in every state and a TwinSpace with pupils, pages and a drawing',
    )
    .action(() =>
      withDatabase(async (database, config) => {
        const started = Date.now();
        const summary = await loadDemoData(database, {
          schoolsPerCountry: 17,
          teachersPerSchool: 3,
          dataDir: config.dataDir,
          onProgress: (message) => console.log(`  ${message}`),
        });
        console.log(
          summary.alreadyLoaded
            ? 'The demo data is already in this database.'
            : `Loaded ${summary.countries} countries, ${summary.schools} schools, ${summary.teachers} teachers in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
        console.log(`\nDemo log-ins (password for all: "${demoPassword}"):`);
        for (const { role, countryCode, login } of summary.logins)
          console.log(`  ${role.padEnd(8)} ${(countryCode ?? '').padEnd(3)} ${login}`);
        console.log('Pupils sign in at /pupils/sign-in with their username.');
      }),
    );
}
