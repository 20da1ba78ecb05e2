import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerProcess } from '@jumelage/server/testing/server-process';
import type { Browser } from 'playwright-core';
import { launchBrowser, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { e2eDatabaseEnvironment, runCli, startE2eServer } from './support/server.ts';

describe('partner search', () => {
  let browser: Browser;
  let server: ServerProcess;

  before(async () => {
    const environment = await e2eDatabaseEnvironment();
    await runCli(environment, ['demo:load']);
    [server, browser] = await Promise.all([startE2eServer(environment), launchBrowser()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a teacher in France finds teachers in Poland by subject and age, in French; the search lives in the URL', async () => {
    // The demo teacher of France works in French: the page speaks French after signing in.
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('textbox', { name: 'Adresse électronique' }).fill('teacher.fr.1@demo.example');
    await page.getByLabel(/^Mot de passe/).fill('demo password');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

    await page.goto(`${server.url}/partners`);
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
    await page.getByRole('option', { name: '15', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ageMax') === '15');
    await page.locator('ul[aria-busy="false"]').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Pologne' }).first().waitFor();

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('countries'), 'PL');
    assert.equal(url.searchParams.get('subjects'), 'history');
    const cards = await page.locator('main li').filter({ has: page.getByRole('heading', { level: 3 }) }).allTextContents();
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
});
