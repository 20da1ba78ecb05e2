import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { callApi } from './support/api.ts';
import { signedInPage } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

const claire = { email: 'claire.projects@example.org', password: 'claire password 1', name: 'Claire Morel', country: 'FR' };
const anna = { email: 'anna.projects@example.org', password: 'anna password 1', name: 'Anna Wiśniewska', country: 'PL' };
const jonas = { email: 'jonas.projects@example.org', password: 'jonas password 1', name: 'Jonas Becker', country: 'DE' };
// The demo officers work in their country's language (Polish falls back to English for these pages).
const officers = [
  { email: 'nss.fr@demo.example', decision: 'Votre décision', send: 'Envoyer la décision' },
  { email: 'nss.pl@demo.example', decision: 'Your decision', send: 'Send the decision' },
];
const title = 'Bridges over our rivers';

/** Two teachers become contacts (the contacts spec drives these pages). */
async function makeContacts(from: Page, to: Page): Promise<void> {
  const { session } = await callApi<{ session: { account: { id: string } } }>(to, 'GET', '/api/session');
  await callApi(from, 'POST', '/api/contact-requests', { toUserId: session.account.id, message: 'Shall we start a project?' });
  const { incoming } = await callApi<{ incoming: { id: string }[] }>(to, 'GET', '/api/my-contacts');
  await callApi(to, 'POST', `/api/contact-requests/${incoming[0]!.id}/accept`);
}

async function choose(page: Page, label: RegExp | string, option: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function savePlan(page: Page, hours: string, tools: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Digital tools' }).fill(tools);
  await page.getByLabel('Hours per week').fill(hours);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved.').waitFor();
}

describe('projects', () => {
  const run = serverAndBrowser({ demo: true, people: [claire, anna, jonas].map((teacher) => ({ ...teacher, role: 'teacher' })) });

  const signedIn = (person: { email: string; password: string }): Promise<Page> => signedInPage(run.browser, run.server.url, person);

  it('two teachers of two countries found a project, both NSS approve, a third teacher joins, the gallery shows it', async () => {
    const clairePage = await signedIn(claire);
    const annaPage = await signedIn(anna);
    await makeContacts(clairePage, annaPage);

    // Claire drafts: the form saves as she types.
    await clairePage.goto(`${run.server.url}/projects`);
    await clairePage.getByRole('textbox', { name: 'Title' }).fill(title);
    await clairePage.getByRole('button', { name: 'Create the draft' }).click();
    await clairePage.getByText('All changes saved').waitFor();
    await clairePage
      .getByRole('textbox', { name: 'Summary' })
      .fill('Pupils of two schools build model bridges and explain them to each other.');
    await clairePage.getByRole('textbox', { name: 'Description' }).fill('Mixed teams design a bridge for a river of each town.');
    await clairePage.getByLabel('Starts on').fill('2027-01-11');
    await clairePage.getByLabel('Ends on').fill('2027-06-25');
    await choose(clairePage, /Pupils aged from/, '11');
    await choose(clairePage, /Pupils aged up to/, '14');
    await clairePage.getByRole('checkbox', { name: 'Science and discovery' }).check({ force: true });
    await clairePage.getByRole('checkbox', { name: 'Technology' }).check({ force: true });
    await clairePage.getByRole('checkbox', { name: 'English' }).check({ force: true });
    await clairePage.getByRole('textbox', { name: 'Objectives' }).fill('Explain a design in English.');
    await clairePage.getByRole('textbox', { name: 'Working method' }).fill('Mixed teams, one bridge per team.');
    await clairePage.getByRole('textbox', { name: 'Activities' }).fill('Sketches, models, a video call to test them.');
    await clairePage.getByRole('textbox', { name: 'Expected results' }).fill('A photo book of the bridges.');
    await clairePage.getByText('All changes saved').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(clairePage), []);
    await saveScreenshot(clairePage, 'project-form');
    await clairePage.getByRole('button', { name: 'Done' }).click();

    // The partnership rule is explained until a co-founder of another country joins.
    await clairePage.getByText('The founders must come from at least two countries.').waitFor();
    await choose(clairePage, /Contact/, `${anna.name} · ${await schoolOf(annaPage)}`);
    await clairePage.getByRole('button', { name: 'Send the invitation' }).click();
    await clairePage.getByText('Invited, waiting for an answer').waitFor();
    await savePlan(clairePage, '2', 'Tablets and a 3D printer');
    await clairePage.getByRole('checkbox', { name: /Show the project in the public gallery/ }).click({ force: true });
    await clairePage.getByText(`${claire.name} made the project public.`).waitFor();

    await annaPage.goto(`${run.server.url}/projects`);
    await annaPage.getByRole('link', { name: 'Read and answer' }).click();
    await annaPage.getByRole('button', { name: 'Accept' }).click();
    await annaPage.getByRole('heading', { name: 'What my school can give' }).waitFor();
    await savePlan(annaPage, '1', 'A computer room');

    await clairePage.reload();
    await clairePage.getByRole('button', { name: 'Submit to the national support services' }).click();
    await clairePage.getByText('Waiting for the NSS', { exact: true }).waitFor();

    for (const { email, decision, send } of officers) {
      const officer = await signedIn({ email, password: 'demo password' });
      await officer.goto(`${run.server.url}/nss/projects`);
      await officer.getByRole('link', { name: title }).click();
      await officer.getByRole('heading', { name: decision }).waitFor();
      assert.deepEqual(await seriousAccessibilityViolations(officer), []);
      await officer.getByRole('button', { name: send }).click();
      await officer.getByRole('heading', { name: decision }).waitFor({ state: 'detached' });
      await officer.close();
    }

    await clairePage.reload();
    await clairePage.getByText('Every founding country approved: the project is active and its TwinSpace is open.').waitFor();
    await clairePage.getByRole('link', { name: 'Open the TwinSpace' }).waitFor();

    // A third teacher, of a third country, joins with his school.
    const jonasPage = await signedIn(jonas);
    await makeContacts(clairePage, jonasPage);
    await clairePage.reload();
    await clairePage.getByRole('heading', { name: 'Invite a teacher' }).waitFor();
    await choose(clairePage, /Contact/, `${jonas.name} · ${await schoolOf(jonasPage)}`);
    await clairePage.getByRole('button', { name: 'Send the invitation' }).click();
    await jonasPage.goto(`${run.server.url}/notifications`);
    await jonasPage.getByRole('link', { name: `${claire.name} invites you to the project “${title}”` }).click();
    await jonasPage.getByRole('button', { name: 'Accept' }).click();
    await jonasPage.getByRole('rowheader', { name: /Jonas Becker\s*Member/ }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(jonasPage), []);
    await saveScreenshot(jonasPage, 'project-active');

    await clairePage.goto(`${run.server.url}/notifications`);
    await clairePage.getByText(`${jonas.name} joined “${title}”`).waitFor();

    // Anyone finds it in the gallery: schools and countries, no person.
    const visitor = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${run.server.url}/gallery?q=bridges`);
    await visitor.getByRole('link', { name: title }).click();
    await visitor.getByRole('heading', { name: 'Partner schools' }).waitFor();
    // Read in one go: on a slow start the server's copy of the page gives way to "Loading…", then to the app's.
    const schools = await visitor.waitForFunction(() => {
      const text = document.querySelector('main')?.textContent ?? '';
      return ['France', 'Poland', 'Germany'].every((country) => text.includes(country)) && text;
    });
    const text = (await schools.jsonValue()) as string;
    for (const person of [claire, anna, jonas]) assert.doesNotMatch(text, new RegExp(person.name));
    assert.deepEqual(await seriousAccessibilityViolations(visitor), []);
    await saveScreenshot(visitor, 'gallery-project');

    // And without JavaScript, as a crawler reads it.
    const crawler = await run.browser.newContext({ javaScriptEnabled: false });
    const plain = await crawler.newPage();
    await plain.goto(visitor.url());
    assert.equal(await plain.getByRole('heading', { level: 1 }).textContent(), title);
    assert.equal(await plain.title(), `${title} — Jumelage project gallery`);
    await crawler.close();

    // A founder changes the approved project: no new review, shown at once, the history keeps the text before.
    const { projects } = await callApi<{ projects: Array<{ id: string; title: string }> }>(clairePage, 'GET', '/api/my-projects');
    const projectUrl = `${run.server.url}/projects/${projects.find((project) => project.title === title)!.id}`;
    await clairePage.goto(`${projectUrl}/edit`);
    await clairePage.getByText('This project is approved: what you change here is shown at once').waitFor();
    const summary = clairePage.getByRole('textbox', { name: 'Summary' });
    const summaryBefore = await summary.inputValue();
    await summary.fill('Pupils build bridges of paper, then of words.');
    await clairePage.getByText('All changes saved').waitFor();
    await saveScreenshot(clairePage, 'project-edit-approved');
    await visitor.reload();
    await visitor.getByText('Pupils build bridges of paper, then of words.').waitFor();
    await clairePage.goto(projectUrl);
    await clairePage.getByText(`${claire.name} changed the texts of the approved project.`).waitFor();
    await clairePage.getByText('The texts before this change').click();
    await clairePage.getByText(summaryBefore).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(clairePage), []);
    await saveScreenshot(clairePage, 'project-history-edited');
  });
});

/** The school a teacher registered with, as the contact list shows it. */
async function schoolOf(page: Page): Promise<string> {
  const { session } = await callApi<{ session: { account: { school: { name: string } | null } } }>(page, 'GET', '/api/session');
  return session.account.school?.name ?? '';
}
