import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

const officer = { email: 'contacts.officer@example.org', password: 'officer password 42' };

describe('regional contacts', () => {
  const run = serverAndBrowser({ people: [{ ...officer, name: 'Agent Canopé', role: 'nss', country: 'FR', language: 'fr' }] });

  it("the French NSS names Lyon's correspondent, and any visitor finds them", async () => {
    const officerPage = await run.browser.newPage({ locale: 'fr-FR' });
    await signIn(officerPage, run.server.url, officer, 'fr');
    await officerPage.getByRole('heading', { level: 1, name: 'Enseignants à valider' }).waitFor();
    await officerPage.goto(`${run.server.url}/contacts/FR`);
    const lyon = officerPage.getByRole('listitem').filter({ has: officerPage.getByRole('heading', { name: 'Lyon', exact: true }) });
    await lyon.getByRole('button', { name: 'Ajouter un correspondant' }).click();
    await lyon.getByRole('textbox', { name: 'Nom' }).fill('Anne Moreau');
    await lyon.getByRole('textbox', { name: 'Adresse électronique' }).fill('anne.moreau@ac-lyon.example');
    await lyon.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await lyon.getByText('anne.moreau@ac-lyon.example').waitFor();
    await officerPage.close();

    const visitor = await run.browser.newPage({ locale: 'fr-FR' });
    await visitor.goto(run.server.url);
    await visitor.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
    await visitor.getByRole('button', { name: /Pays/ }).click();
    await visitor.getByRole('option', { name: 'France', exact: true }).click();
    await visitor.getByText('anne.moreau@ac-lyon.example').waitFor();
    assert.equal(await visitor.getByRole('button', { name: 'Ajouter un correspondant' }).count(), 0, 'a visitor cannot edit');
    assert.deepEqual(await seriousAccessibilityViolations(visitor), []);
    await saveScreenshot(visitor, 'contacts-fr');
    await visitor.close();
  });
});
