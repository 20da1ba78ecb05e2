import type { Command } from 'commander';
import { findUserByEmail } from '../../modules/accounts/module.ts';
import { domainModules } from '../../modules/registry.ts';
import { personalDataOf } from '../../platform/privacy/personal-data.ts';
import { withDatabase } from '../with-database.ts';

export function registerPrivacyCommands(program: Command): void {
  program
    .command('privacy:export')
    .description('Everything the platform keeps about one person, as JSON by module: the copy they may ask for (GDPR article 15)')
    .argument('<account>', 'the account: its e-mail address or its id')
    .action((account: string) =>
      withDatabase(async (database) => {
        const personId = account.includes('@') ? (await findUserByEmail(database.db, account))?.id : account;
        if (!personId) throw new Error(`No account has the address ${account}.`);
        const data = await personalDataOf(domainModules).export(database.db, personId);
        if (Object.keys(data).length === 0) throw new Error(`No account has the id ${account}.`);
        console.log(JSON.stringify(data, null, 2));
      }),
    );
}
