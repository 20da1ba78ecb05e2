import { Command } from 'commander';
import { platformVersion } from '../platform/version.ts';
import { registerAccountCommands } from './commands/accounts.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerDatabaseCommands } from './commands/database.ts';
import { registerDemoCommands } from './commands/demo.ts';
import { registerPrivacyCommands } from './commands/privacy.ts';

/**
 * The operator's command line: `npm run cli -- <command>`. Each domain adds its commands in
 * cli/commands/<domain>.ts; every command reads the same configuration as the server.
 */
const program = new Command('jumelage')
  .description(
    'Operator commands for a Jumelage platform. Configuration comes from the same environment variables as the server (DATABASE_URL or DATA_DIR, ...).',
  )
  .version(platformVersion)
  .showHelpAfterError()
  .showSuggestionAfterError();

registerDatabaseCommands(program);
registerAccountCommands(program);
registerAuditCommands(program);
registerPrivacyCommands(program);
registerDemoCommands(program);

await program.parseAsync(process.argv);
