import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectPageErrors, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { serverAndBrowser } from './support/run.ts';

describe('home page', () => {
  const run = serverAndBrowser();

  it('explains the platform, switches to French and back, and has no serious accessibility violation', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const errors = collectPageErrors(page);
    await page.goto(run.server.url);

    await page.getByRole('heading', { level: 1, name: 'Teach beyond borders' }).waitFor();
    await page.getByText('For schools in 44 countries').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'home-en');

    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enseigner au-delà des frontières' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.getByText('Pour les établissements de 44 pays').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Allemagne' }).first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'home-fr');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Enseigner au-delà des frontières' }).waitFor();

    await page.getByRole('button', { name: /Langue/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teach beyond borders' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(errors, [], 'no script error and no CSP refusal');
    await page.close();
  });

  it('falls back to English for text a partial catalog lacks', async () => {
    const page = await run.browser.newPage({ locale: 'de-DE' });
    await page.goto(run.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'Deutsch' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.getByRole('heading', { level: 1, name: 'Teach beyond borders' }).waitFor();
    // Country names come from the browser in the chosen language, catalog or not.
    await page.getByRole('listitem').filter({ hasText: 'Frankreich' }).first().waitFor();
    await page.close();
  });

  it('works on a 320 px phone and from the keyboard alone', async () => {
    const page = await run.browser.newPage({ viewport: { width: 320, height: 640 }, locale: 'en-GB' });
    await page.goto(run.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing wider than the screen');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'home-phone');

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.close();
  });

  it('shows a translated 404 page, answered with status 404', async () => {
    const page = await run.browser.newPage({ locale: 'fr-FR' });
    const response = await page.goto(`${run.server.url}/no/such/page`);
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'not-found-fr');
    await page.getByRole('link', { name: "Aller à la page d'accueil" }).click();
    await page.getByRole('heading', { level: 1, name: 'Enseigner au-delà des frontières' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page.close();
  });

  it('links to a part of the home page bring it under the header; other links start the page at the top', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1280, height: 700 }, locale: 'en-GB' });
    await page.goto(`${run.server.url}/gallery`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link', { name: 'How it works' }).click();
    await page.waitForURL(`${run.server.url}/#how-it-works`);
    const underTheHeader = () =>
      page.evaluate(() => {
        const top = document.getElementById('how-it-works')!.getBoundingClientRect().top;
        return Math.abs(top - document.querySelector('header')!.offsetHeight) <= 2;
      });
    await page.waitForFunction(() => window.scrollY > 0);
    assert.equal(await underTheHeader(), true, 'the part starts just below the sticky header');

    await navigation.getByRole('link', { name: 'Gallery' }).click();
    await page.waitForURL(`${run.server.url}/gallery`);
    await page.waitForFunction(() => window.scrollY === 0 && document.activeElement?.id === 'main');
    await page.close();
  });
});
