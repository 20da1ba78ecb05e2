import { after, before } from 'node:test';
import type { ServerProcess } from '@jumelage/server/testing/server-process';
import { startSmtpServer } from '@jumelage/server/testing/smtp';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { e2eDatabaseEnvironment, runCli, startE2eServer } from './server.ts';

/** An account made with the operator's `user:create` before the server starts. */
export type Person = {
  email: string;
  password: string;
  name: string;
  role: 'teacher' | 'nss' | 'admin';
  country?: string;
  language?: 'en' | 'fr';
};

type RunOptions = {
  /** Loads the demo data (`demo:load`) first. */
  demo?: boolean;
  people?: readonly Person[];
  /** Starts a mail server the platform sends to (`run.smtp`). */
  smtp?: boolean;
  /** More of the server's configuration. */
  settings?: Record<string, string>;
};

export type E2eRun = {
  server: ServerProcess;
  browser: Browser;
  /** Set when the run was asked for one. */
  smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  /** The server's configuration, for operator commands on its database (PGlite: while it is stopped). */
  environment: Record<string, string>;
};

/**
 * For the describe it is called in: the real server on a fresh database, prepared with operator
 * commands, and Debian's Chromium, all closed after its tests. Read the fields inside the tests.
 */
export function serverAndBrowser(options: RunOptions = {}): E2eRun {
  const run = {} as E2eRun;
  before(async () => {
    if (options.smtp) run.smtp = await startSmtpServer();
    run.environment = { ...(await e2eDatabaseEnvironment()), ...(run.smtp ? { SMTP_URL: run.smtp.url } : {}), ...options.settings };
    if (options.demo) await runCli(run.environment, ['demo:load']);
    for (const person of options.people ?? []) await runCli(run.environment, userCreateArguments(person));
    [run.server, run.browser] = await Promise.all([startE2eServer(run.environment), launchBrowser()]);
  });
  after(async () => {
    await run.browser?.close();
    await run.server?.stop();
    await run.smtp?.close();
  });
  return run;
}

export function userCreateArguments(person: Person): string[] {
  const place = person.country ? ['--country', person.country] : [];
  const language = person.language ? ['--language', person.language] : [];
  return [
    'user:create',
    '--email',
    person.email,
    '--password',
    person.password,
    '--name',
    person.name,
    '--role',
    person.role,
    ...place,
    ...language,
  ];
}
