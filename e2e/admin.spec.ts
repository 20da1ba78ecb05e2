import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

const admin = { email: 'css@example.org', password: 'central password 42' };

describe('the central support service, without an SMTP server', () => {
  const run = serverAndBrowser({ people: [{ ...admin, name: 'Central Support', role: 'admin' }] });

  it('opens an officer account; the invitation waits in the outbox; the officer sets a password and signs in', async () => {
    const page = await run.browser.newPage({ locale: 'en-GB' });
    await signIn(page, run.server.url, admin);
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

    const officerPage = await run.browser.newPage({ locale: 'en-GB' });
    await officerPage.goto(link.replace(/^https?:\/\/[^/]+/, run.server.url));
    await officerPage.getByLabel(/^New password/).fill('officer password 42');
    await officerPage.getByRole('button', { name: 'Save the new password' }).click();
    await officerPage.getByText('Your password is changed').waitFor();
    await signIn(officerPage, run.server.url, { email: 'eva.novak@dzs.example', password: 'officer password 42' });
    await officerPage.getByRole('heading', { level: 1, name: 'Teachers to validate' }).waitFor();
    await officerPage.getByText('No teacher of Czechia is waiting.').waitFor();
    await officerPage.close();
  });
});
