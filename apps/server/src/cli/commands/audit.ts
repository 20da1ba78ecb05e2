import type { Command } from 'commander';
import { latestAuditEntries } from '../../platform/audit/audit.ts';
import { withDatabase } from '../with-database.ts';

type AuditListOptions = { limit: string; actor?: string; subject?: string };

export function registerAuditCommands(program: Command): void {
  program
    .command('audit:list')
    .description('The latest audit entries, newest first: when, who (account id), what, about what')
    .option('--limit <n>', 'how many', '50')
    .option('--actor <id>', 'only what this account did')
    .option('--subject <id>', 'only what concerns this subject (a project, an account, …)')
    .action((options: AuditListOptions) =>
      withDatabase(async (database) => {
        const entries = await latestAuditEntries(database.db, {
          limit: Number(options.limit) || 50,
          actorId: options.actor,
          subjectId: options.subject,
        });
        for (const entry of entries)
          console.log([entry.at, entry.actorId ?? 'platform', entry.action, `${entry.subjectType}:${entry.subjectId}`].join('\t'));
      }),
    );
}
