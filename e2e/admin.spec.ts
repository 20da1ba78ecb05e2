import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerProcess } from '@jumelage/server/testing/server-process';
import type { Browser } from 'playwright-core';
import { launchBrowser, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { e2eDatabaseEnvironment, runCli, startE2eServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

const admin = { email: 'css@example.org', password: 'central password 42' };

describe('the central support service, without an SMTP server', () => {
  let browser: Browser;
  let server: ServerProcess;

  before(async () => {
    const environment = await e2eDatabaseEnvironment();
    await runCli(environment, ['user:create', '--email', admin.email, '--password', admin.password, '--name', 'Central Support', '--role', 'admin']);
    [server, browser] = await Promise.all([startE2eServer(environment), launchBrowser()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens an officer account; the invitation waits in the outbox; the officer sets a password and signs in', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await signIn(page, server.url, admin);
    await page.getByRole('heading', { level: 1, name: 'National support officers' }).waitFor();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Eva Novak');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('eva.novak@dzs.example');
    await page.getByRole('button', { name: /Country/ }).click();
    await page.getByRole('option', { name: 'Czechia', exact: true }).click();
    await page.getByRole('button', { name: 'Open the account' }).click();
    await page.getByRole('gridcell', { name: 'eva.novak@dzs.example' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'officers-en');

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Outbox' }).click();
    await page.getByText('Your Jumelage account as a national support officer').click();
    const text = await page.locator('pre').first().textContent();
    const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(text ?? '')?.[0];
    assert.ok(link, text ?? '');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'outbox-en');
    await page.close();

    const officerPage = await browser.newPage({ locale: 'en-GB' });
    await officerPage.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await officerPage.getByLabel(/^New password/).fill('officer password 42');
    await officerPage.getByRole('button', { name: 'Save the new password' }).click();
    await officerPage.getByText('Your password is changed').waitFor();
    await signIn(officerPage, server.url, { email: 'eva.novak@dzs.example', password: 'officer password 42' });
    await officerPage.getByRole('heading', { level: 1, name: 'Teachers to validate' }).waitFor();
    await officerPage.getByText('No teacher of Czechia is waiting.').waitFor();
    await officerPage.close();
  });
});
