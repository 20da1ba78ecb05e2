import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { callApi } from './support/api.ts';
import { signedInPage } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

// The first French demo teacher founds an active demo project; Jonas joins it with his Austrian school,
// which has no pupils in it yet (the demo's partner schools have their classes).
const founder = { email: 'teacher.fr.1@demo.example', password: 'demo password' };
const jonas = { email: 'jonas.twinspace@example.org', password: 'jonas password 1', name: 'Jonas Becker', country: 'AT' };
const pupilPassword = 'my own secret 42';
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('TwinSpace pupils', () => {
  const run = serverAndBrowser({ demo: true, people: [{ ...jonas, role: 'teacher' }] });

  const signedIn = (person: { email: string; password: string }): Promise<Page> => signedInPage(run.browser, run.server.url, person);

  /** Looks at a page at a phone's width too, then back to the desktop. */
  async function screenshotBothWidths(page: Page, name: string): Promise<void> {
    // From the top: a full-page shot of a scrolled page draws the sticky header midway.
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, name);
    await page.setViewportSize({ width: 360, height: 800 });
    await saveScreenshot(page, `${name}-360`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('a teacher makes accounts for the class and prints the cards; a pupil signs in, chooses a password and meets the partners by first name', async () => {
    // Jonas joins the founder's active project; the founder's school has a pupil too.
    const founderPage = await signedIn(founder);
    const { twinspaces } = await callApi<{ twinspaces: { projectId: string; title: string; status: string; role: string }[] }>(
      founderPage,
      'GET',
      '/api/my-twinspaces',
    );
    const project = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder');
    assert.ok(project, 'the demo founder has an active project');
    const jonasPage = await signedIn(jonas);
    const { session } = await callApi<{ session: { account: { id: string } } }>(jonasPage, 'GET', '/api/session');
    const invitation = await callApi<{ id: string }>(founderPage, 'POST', `/api/projects/${project.projectId}/invitations`, {
      teacherId: session.account.id,
      role: 'member',
      message: '',
    });
    await callApi(jonasPage, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'accept' });
    await callApi(founderPage, 'POST', `/api/projects/${project.projectId}/pupils`, {
      pupils: [{ firstName: 'Camille', lastName: 'Dupont' }],
      accountConsentOn: yesterday,
    });

    // From his TwinSpaces to the pupils of his school.
    await jonasPage.goto(`${run.server.url}/twinspaces`);
    await jonasPage.getByRole('link', { name: project.title }).click();
    await jonasPage.getByRole('heading', { level: 1, name: `TwinSpace — ${project.title}` }).waitFor();
    await jonasPage.getByRole('link', { name: 'Your school has no pupils in this TwinSpace yet: add your class.' }).waitFor();
    await jonasPage.getByRole('link', { name: 'Pupils of my school' }).click();
    await jonasPage.getByRole('heading', { level: 1, name: 'Pupils of my school' }).waitFor();
    await jonasPage.getByText('No pupil of your school is in this project yet.').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(jonasPage), []);

    // What the server refuses is shown at its field.
    await jonasPage.getByRole('textbox', { name: /^Pupils, one per line/ }).fill(`Lena\n${'X'.repeat(61)}`);
    await jonasPage.getByLabel(/^The families agreed on/).fill('2099-01-01');
    await jonasPage.getByRole('button', { name: 'Create the accounts' }).click();
    await jonasPage.getByText('Line 2: the first name has at most 60 characters, the last name at most 59.').waitFor();
    await jonasPage.getByText('Give a day that is not in the future.').waitFor();

    // A class list, pasted: two with a last name, one without; the families agreed yesterday.
    await jonasPage.getByRole('textbox', { name: /^Pupils, one per line/ }).fill('Lena Schmidt\nPaul Weber\n\nMia');
    await jonasPage.getByLabel(/^The families agreed on/).fill(yesterday);
    await jonasPage.getByRole('button', { name: 'Create the accounts' }).click();
    const sheet = jonasPage.getByRole('region', { name: '3 sign-in cards' });
    await sheet.waitFor();
    assert.equal(await sheet.getByRole('listitem').count(), 3);
    await sheet.getByText('the passwords are shown only this once', { exact: false }).waitFor();
    await sheet.getByRole('button', { name: 'Print the cards' }).waitFor();
    const lenaCard = sheet.getByRole('listitem').filter({ hasText: 'Lena Schmidt' }).locator('dd');
    const [username, password, address] = await lenaCard.allTextContents();
    assert.match(username ?? '', /^lena\./);
    assert.ok((password ?? '').length >= 10);
    assert.equal(address, `${run.server.url}/pupils/sign-in`);
    assert.deepEqual(await seriousAccessibilityViolations(jonasPage), []);
    await screenshotBothWidths(jonasPage, 'twinspace-pupil-cards');

    // On paper: the cards alone.
    await jonasPage.emulateMedia({ media: 'print' });
    assert.equal(await jonasPage.getByRole('banner').isVisible(), false);
    assert.equal(await sheet.getByRole('button', { name: 'Print the cards' }).isVisible(), false);
    assert.equal(await sheet.getByText('Lena Schmidt').isVisible(), true);
    await saveScreenshot(jonasPage, 'twinspace-pupil-cards-print');
    await jonasPage.emulateMedia({ media: 'screen' });

    // The class in the project, and one family's consent to images.
    await sheet.getByRole('button', { name: 'Close' }).click();
    const mia = jonasPage.getByRole('listitem').filter({ has: jonasPage.getByRole('heading', { name: 'Mia' }) });
    await mia.getByText('Still uses the card’s password').waitFor();
    await mia.getByRole('button', { name: 'Record consent' }).click();
    await jonasPage.getByRole('button', { name: /Images showing the pupil/ }).click();
    await jonasPage.getByRole('option', { name: 'Images within the project only' }).click();
    await mia.getByLabel(/^The family agreed to images on/).fill(yesterday);
    await mia.getByRole('button', { name: 'Save the consent' }).click();
    await mia.getByText(/^Images within the project only \(agreed on/).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(jonasPage), []);
    await screenshotBothWidths(jonasPage, 'twinspace-pupils');

    // Lena signs in with her card on another computer, and chooses her own password.
    const pupilContext = await run.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const pupilPage = await pupilContext.newPage();
    await pupilPage.goto(`${run.server.url}/sign-in`);
    await pupilPage.getByRole('link', { name: 'Sign in with your card' }).click();
    await pupilPage.getByRole('heading', { level: 1, name: 'Pupil sign-in' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(pupilPage), []);
    await screenshotBothWidths(pupilPage, 'pupil-sign-in');
    await pupilPage.getByRole('textbox', { name: /^Username/ }).fill(username!);
    await pupilPage.getByLabel(/^Password/).fill('not the card');
    await pupilPage.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await pupilPage.getByText('The username or the password is wrong.', { exact: false }).waitFor();
    await pupilPage.getByLabel(/^Password/).fill(password!);
    await pupilPage.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await pupilPage.waitForURL(`${run.server.url}/account/choose-password`);
    await pupilPage.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(pupilPage), []);
    await saveScreenshot(pupilPage, 'pupil-choose-password');
    // Until then, every other page leads back here.
    await pupilPage.goto(`${run.server.url}/twinspaces`);
    await pupilPage.waitForURL(`${run.server.url}/account/choose-password`);
    await pupilPage.getByLabel(/^Password on your card/).fill(password!);
    await pupilPage
      .getByLabel(/^Your new password/)
      .first()
      .fill(pupilPassword);
    await pupilPage.getByLabel(/^Your new password, once more/).fill(pupilPassword);
    await pupilPage.getByRole('button', { name: 'Save my password' }).click();
    await pupilPage.waitForURL(`${run.server.url}/twinspaces`);
    await pupilPage.getByRole('heading', { level: 1, name: 'My TwinSpaces' }).waitFor();
    await pupilPage.getByRole('link', { name: project.title }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(pupilPage), []);
    await saveScreenshot(pupilPage, 'my-twinspaces-pupil');
    // Her menu holds what a pupil may use, no teacher's tools.
    await pupilPage.getByRole('button', { name: /account menu/ }).click();
    assert.deepEqual(await pupilPage.getByRole('menuitem').allTextContents(), ['My TwinSpaces', 'Password and sessions', 'Sign out']);
    await pupilPage.keyboard.press('Escape');
    await pupilPage.goto(`${run.server.url}/account/security`);
    await pupilPage.getByRole('heading', { level: 2, name: 'Where you are signed in' }).waitFor();
    assert.equal(await pupilPage.getByRole('heading', { name: /e-mail address|Delete your account/ }).count(), 0);
    await pupilPage.goto(`${run.server.url}/twinspaces`);

    // Her TwinSpace: her classmates and the partners by first name, no teacher's tools.
    await pupilPage.getByRole('link', { name: project.title }).click();
    await pupilPage.getByRole('heading', { level: 1, name: `TwinSpace — ${project.title}` }).waitFor();
    await pupilPage.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    await pupilPage.getByText('Camille', { exact: true }).waitFor();
    const text = (await pupilPage.getByRole('main').textContent()) ?? '';
    assert.doesNotMatch(text, /Dupont|Schmidt|Weber/);
    assert.match(text, /Paul/);
    assert.equal(await pupilPage.getByRole('link', { name: 'Pupils of my school' }).count(), 0);
    assert.equal(await pupilPage.getByRole('button', { name: /Remove|Leave the project/ }).count(), 0);
    assert.deepEqual(await seriousAccessibilityViolations(pupilPage), []);
    await screenshotBothWidths(pupilPage, 'twinspace-home-pupil');
    await pupilContext.close();

    // Jonas's home: his pupils in full with their consent, the feed, and a way to leave.
    await jonasPage.goto(`${run.server.url}/projects/${project.projectId}/twinspace`);
    await jonasPage.getByText(`${jonas.name} added 3 pupils`, { exact: false }).waitFor();
    await jonasPage.getByText('Lena Schmidt').waitFor();
    assert.equal(await jonasPage.getByText('Dupont').count(), 0);
    assert.deepEqual(await seriousAccessibilityViolations(jonasPage), []);
    await screenshotBothWidths(jonasPage, 'twinspace-home-teacher');
    // The founder works in French; she may take either member out, Jonas may leave.
    await founderPage.goto(`${run.server.url}/projects/${project.projectId}/twinspace`);
    await founderPage.getByText('Jonas Becker a ajouté 3 élèves', { exact: false }).waitFor();
    assert.equal(await founderPage.getByRole('button', { name: 'Retirer' }).count(), 2);
    assert.deepEqual(await seriousAccessibilityViolations(founderPage), []);
    await saveScreenshot(founderPage, 'twinspace-home-fr');
    await jonasPage.getByRole('button', { name: 'Leave the project' }).click();
    await jonasPage.getByRole('button', { name: 'Leave for good' }).click();
    await jonasPage.waitForURL(`${run.server.url}/twinspaces`);
    await jonasPage.getByText('You are in no TwinSpace yet.', { exact: false }).waitFor();
  });
});
