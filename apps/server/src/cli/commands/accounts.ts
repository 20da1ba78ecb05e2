import { accountRoles, emailSchema, languages, passwordSchema, type AccountRole, type Language } from '@jumelage/contracts';
import { Option, type Command } from 'commander';
import { hashPassword } from '../../platform/auth/secrets.ts';
import { createValidatedUser } from '../../modules/accounts/operators.ts';
import { withDatabase } from '../with-database.ts';

type CreateUserOptions = {
  email: string;
  password: string;
  name: string;
  role: AccountRole;
  country?: string;
  school?: string;
  language: Language;
};

export function registerAccountCommands(program: Command): void {
  program
    .command('user:create')
    .description('Create a validated account with a confirmed e-mail address (for operators and tests)')
    .requiredOption('--email <email>', 'e-mail address, used to sign in')
    .requiredOption('--password <password>', 'password, at least 10 characters')
    .requiredOption('--name <name>', 'full name')
    .addOption(new Option('--role <role>', 'role').choices(accountRoles).makeOptionMandatory())
    .option('--country <CC>', 'country code: required for teacher and nss')
    .addOption(new Option('--language <code>', 'language of the app and of e-mails for this person').choices(languages).default('en'))
    .option('--school <id>', "a teacher's school id (default: the country's first school, or a placeholder school when it has none)")
    .action((options: CreateUserOptions) =>
      withDatabase(async (database) => {
        const email = emailSchema.parse(options.email);
        const password = passwordSchema.parse(options.password);
        const id = await createValidatedUser(database.db, {
          email,
          passwordHash: await hashPassword(password),
          name: options.name,
          role: options.role,
          countryCode: options.country?.toUpperCase() ?? null,
          schoolId: options.school ?? null,
          language: options.language,
        });
        console.log(`created ${options.role} ${email} (${id})`);
      }),
    );
}
