import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkIn } from '@jumelage/server/testing/smtp';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

const teacher = { email: 'forgetful@example.org', password: 'first password 123' };
const newPassword = 'second password 456';

describe('a teacher who forgot their password', () => {
  const run = serverAndBrowser({ smtp: true, people: [{ ...teacher, name: 'Jonas Berg', role: 'teacher', country: 'SE' }] });

  it('resets it by mail, sees their sessions, and deletes the account', async () => {
    const page = await run.browser.newPage({ locale: 'en-GB' });
    await page.goto(`${run.server.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The sign-in page, still shown while the next page loads, has an e-mail field of its own.
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(teacher.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('Check your mailbox').waitFor();

    const mail = await run.smtp.waitForMail(teacher.email, /new Jumelage password/);
    await page.goto(linkIn(mail, '/reset-password').replace(/^https?:\/\/[^/]+/, run.server.url));
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('Your password is changed').waitFor();

    await signIn(page, run.server.url, { email: teacher.email, password: teacher.password });
    await page.getByText('The e-mail address or the password is wrong.').waitFor();
    await signIn(page, run.server.url, { email: teacher.email, password: newPassword });
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();

    await page.getByRole('link', { name: 'Password, e-mail address and sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Password and sessions' }).waitFor();
    await page.getByText('This device').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'security-en');

    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Current password').last().fill(newPassword);
    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teach beyond borders' }).waitFor();
    await signIn(page, run.server.url, { email: teacher.email, password: newPassword });
    await page.getByText('The e-mail address or the password is wrong.').waitFor();
    await page.close();
  });
});
