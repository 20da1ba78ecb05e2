import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

const polishTeacher = { email: 'zofia@example.org', password: 'zofia password 1' };
const frenchDemoTeacher = { email: 'teacher.fr.1@demo.example', password: 'demo password' };
const polishColleague = { email: 'ewa@example.org', password: 'ewa password 1', name: 'Ewa Zielińska' };

describe('partner search', () => {
  const run = serverAndBrowser({
    demo: true,
    people: [
      { ...polishTeacher, name: 'Zofia Kamińska', role: 'teacher', country: 'PL' },
      { ...polishColleague, role: 'teacher', country: 'PL' },
    ],
  });

  it('a teacher in France finds teachers in Poland by subject and age, in French; the search lives in the URL', async () => {
    // The demo teacher of France works in French: the page speaks French after signing in.
    const page = await run.browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await signIn(page, run.server.url, frenchDemoTeacher, 'fr');
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

    await page.goto(`${run.server.url}/partners`);
    await page.getByRole('heading', { level: 2, name: /correspond/ }).waitFor();
    await page.locator('summary', { hasText: 'Pays' }).click();
    // The filters live in the URL: a click changes the address, then the box follows it.
    await page.getByRole('checkbox', { name: /^Pologne/ }).click({ force: true });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('countries') === 'PL');
    await page.locator('summary', { hasText: 'Disciplines' }).click();
    await page.getByRole('checkbox', { name: /^Histoire/ }).click({ force: true });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('subjects') === 'history');
    await page.getByRole('button', { name: /Élèves âgés de/ }).click();
    await page.getByRole('option', { name: '12', exact: true }).click();
    await page.getByRole('button', { name: /Élèves âgés jusqu’à/ }).click();
    // The previous results stay on screen while the next load: wait for the answer to the last change.
    const lastSearch = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/partners' && new URL(response.url()).searchParams.get('ageMax') === '15',
    );
    await page.getByRole('option', { name: '15', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ageMax') === '15');
    await lastSearch;
    await page.locator('ul[aria-busy="false"]').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Pologne' }).first().waitFor();

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('countries'), 'PL');
    assert.equal(url.searchParams.get('subjects'), 'history');
    const cards = await page
      .locator('main li')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .allTextContents();
    assert.ok(cards.length > 0);
    for (const text of cards) {
      assert.match(text, /Pologne/);
      assert.match(text, /Histoire/);
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'partners-fr');

    // Shareable: the same address opens the same search; back removes the last filter.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ageMax') === null);
    await page.goto(url.toString());
    await page.getByRole('listitem').filter({ hasText: 'Pologne' }).first().waitFor();
    await page.close();
  });

  it('the French teacher asks a Polish teacher found by subject and age to be in contact; she accepts', async () => {
    // Zofia completes her profile: history, pupils of 11 to 14.
    const zofia = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    await signIn(zofia, run.server.url, polishTeacher);
    await zofia.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await zofia.getByRole('checkbox', { name: 'History', exact: true }).check({ force: true });
    await zofia.getByRole('button', { name: /Pupils aged from/ }).click();
    await zofia.getByRole('option', { name: '11', exact: true }).click();
    await zofia.getByRole('button', { name: /Pupils aged up to/ }).click();
    await zofia.getByRole('option', { name: '14', exact: true }).click();
    await zofia.getByRole('button', { name: 'Save' }).click();
    await zofia.getByText('Your changes are saved.').waitFor();

    const claire = await run.browser.newPage({ locale: 'fr-FR', viewport: { width: 1200, height: 900 } });
    await signIn(claire, run.server.url, frenchDemoTeacher, 'fr');
    await claire.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await claire.goto(`${run.server.url}/partners?countries=PL&subjects=history&ageMin=12&ageMax=15&q=zofia`);
    const card = claire.getByRole('listitem').filter({ hasText: 'Zofia Kamińska' });
    await card.getByRole('button', { name: 'Demander à être en contact' }).click();
    await card.getByRole('textbox', { name: /Quelques mots/ }).fill('Bonjour Zofia, un projet sur l’histoire de nos villes ?');
    await card.getByRole('button', { name: 'Envoyer la demande' }).click();
    await card.getByText('Demande envoyée à Zofia Kamińska.').waitFor();

    await zofia.goto(`${run.server.url}/my-contacts`);
    const request = zofia.getByRole('listitem').filter({ hasText: 'un projet sur l’histoire' });
    await request.getByRole('button', { name: 'Accept' }).click();
    await zofia.getByRole('link', { name: 'teacher.fr.1@demo.example' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(zofia), []);
    await saveScreenshot(zofia, 'my-contacts-en');

    await claire.goto(`${run.server.url}/my-contacts`);
    await claire.getByRole('link', { name: polishTeacher.email }).waitFor();
    await zofia.close();
    await claire.close();
  });

  it('a search that finds nobody abroad says that the own country is left out, and searches it on request', async () => {
    const zofia = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    await signIn(zofia, run.server.url, polishTeacher);
    await zofia.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await zofia.goto(`${run.server.url}/partners?q=${encodeURIComponent('Zielińska')}`);
    await zofia.getByText('Nobody abroad matches all of this.', { exact: false }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(zofia), []);
    await saveScreenshot(zofia, 'partners-empty-abroad-en');

    await zofia.getByRole('button', { name: 'Search my own country too' }).click();
    await zofia.waitForFunction(() => new URL(location.href).searchParams.get('includeOwnCountry') === 'true');
    await zofia.getByRole('heading', { level: 3, name: polishColleague.name }).waitFor();
    await zofia.locator('summary', { hasText: 'Countries' }).click();
    assert.equal(await zofia.getByRole('checkbox', { name: 'Include my own country' }).isChecked(), true);
    await saveScreenshot(zofia, 'partners-own-country-en');
    await zofia.close();
  });

  it('a French teacher posts a project idea for Poland; a Polish teacher finds it by subject and answers; the author reads the answer', async () => {
    const claire = await run.browser.newPage({ locale: 'fr-FR', viewport: { width: 1200, height: 900 } });
    await signIn(claire, run.server.url, frenchDemoTeacher, 'fr');
    await claire.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await claire.goto(`${run.server.url}/ideas/new`);
    await claire.getByRole('textbox', { name: 'Titre' }).fill('Nos villes racontées par leurs monuments');
    await claire
      .getByRole('textbox', { name: 'Description' })
      .fill('Chaque classe présente trois monuments de sa ville ; ensemble nous écrivons un guide bilingue.');
    await claire.getByRole('checkbox', { name: 'Histoire', exact: true }).check({ force: true });
    await claire.getByRole('checkbox', { name: 'Pologne', exact: true }).check({ force: true });
    await claire.getByRole('button', { name: 'Publier l’idée' }).click();
    await claire.getByRole('heading', { level: 1, name: 'Nos villes racontées par leurs monuments' }).waitFor();
    await claire.getByText('Votre idée', { exact: true }).waitFor();
    assert.match(new URL(claire.url()).pathname, /^\/ideas\/[0-9a-f-]{36}$/);

    const zofia = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    await signIn(zofia, run.server.url, polishTeacher);
    await zofia.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await zofia.goto(`${run.server.url}/ideas`);
    await zofia.locator('summary', { hasText: 'Subjects' }).click();
    await zofia.getByRole('checkbox', { name: 'History', exact: true }).click({ force: true });
    await zofia.locator('summary', { hasText: 'Countries' }).click();
    await zofia.getByRole('checkbox', { name: 'Only ideas open to my country' }).click({ force: true });
    await zofia.waitForFunction(() => new URL(location.href).searchParams.get('openToMyCountry') === 'true');
    await zofia.getByRole('searchbox', { name: 'Search' }).fill('monuments');
    await zofia.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'monuments');
    // The previous results stay on screen while the new ones load: wait for the new list itself.
    await zofia.waitForFunction(() => document.querySelectorAll('main li h3').length === 1);
    assert.deepEqual(await zofia.locator('main li h3').allTextContents(), ['Nos villes racontées par leurs monuments']);
    assert.deepEqual(await seriousAccessibilityViolations(zofia), []);
    await saveScreenshot(zofia, 'ideas-en');

    await zofia.getByRole('link', { name: 'Nos villes racontées par leurs monuments' }).click();
    await zofia
      .getByRole('textbox', { name: 'Your message to the author' })
      .fill('We would love to: our class in Kraków has three monuments ready.');
    await zofia.getByRole('button', { name: 'Send my answer' }).click();
    await zofia.getByRole('heading', { level: 2, name: 'Your answer' }).waitFor();

    await claire.reload();
    const answer = claire.getByRole('listitem').filter({ hasText: 'Zofia Kamińska' });
    await answer.getByText('our class in Kraków').waitFor();
    await claire.getByRole('heading', { level: 2, name: '1 réponse' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(claire), []);
    await saveScreenshot(claire, 'idea-answers-fr');
    await zofia.close();
    await claire.close();
  });

  it('suggests partners abroad to the French teacher, each saying why', async () => {
    const page = await run.browser.newPage({ locale: 'fr-FR', viewport: { width: 1200, height: 900 } });
    await signIn(page, run.server.url, frenchDemoTeacher, 'fr');
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.goto(`${run.server.url}/partners`);
    await page.getByRole('link', { name: 'Partenaires suggérés' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partenaires suggérés' }).waitFor();
    const cards = page.locator('main li').filter({ has: page.getByRole('heading', { level: 4, name: 'Pourquoi nous les suggérons' }) });
    await cards.first().waitFor();
    assert.ok((await cards.count()) >= 3);
    for (const text of await cards.allTextContents()) {
      assert.doesNotMatch(text, /· France ·/, 'never my own country');
      assert.match(text, /Travaille en .*, comme vous/);
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'suggestions-fr');
    await page.close();
  });
});
