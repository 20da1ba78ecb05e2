import { after, before } from 'node:test';
import type { ServerProcess } from '@jumelage/server/testing/server-process';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { e2eDatabaseEnvironment, runCli, startE2eServer } from './server.ts';

export type DemoRun = { server: ServerProcess; browser: Browser };

/**
 * For the describe it is called in: the real server on a fresh database with the demo loaded, and
 * Debian's Chromium, both closed after its tests. Read `server` and `browser` inside the tests.
 */
export function demoServerAndBrowser(): DemoRun {
  const run = {} as DemoRun;
  before(async () => {
    const environment = await e2eDatabaseEnvironment();
    await runCli(environment, ['demo:load']);
    [run.server, run.browser] = await Promise.all([startE2eServer(environment), launchBrowser()]);
  });
  after(async () => {
    await run.browser?.close();
    await run.server?.stop();
  });
  return run;
}
