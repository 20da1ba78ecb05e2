import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signedInPage } from './support/sign-in.ts';
import { demoFounder } from './support/twinspace.ts';
import { serverAndBrowser } from './support/run.ts';

// The demo founder made the class of her active project; she and her colleague at the same school
// work in French. He is in none of its pupils' projects until he joins it.
const colleague = { email: 'teacher.fr.2@demo.example', password: 'demo password' };

type SchoolPupil = { id: string; firstName: string; lastName: string; account: { username: string } | null };

describe('who looks after a pupil', () => {
  const run = serverAndBrowser({ demo: true });

  async function screenshotAtPhoneWidth(page: Page, name: string): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, name);
    await page.setViewportSize({ width: 320, height: 800 });
    await saveScreenshot(page, `${name}-320`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  /** Five wrong passwords for a pupil, from a browser of their own. */
  async function mistype(username: string): Promise<void> {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${run.server.url}/pupils/sign-in`);
    const statuses = await page.evaluate(async (login) => {
      const answers: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = await fetch('/api/session/pupil', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: login, password: `wrong ${attempt}` }),
        });
        answers.push(response.status);
      }
      return answers;
    }, username);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    await context.close();
  }

  it('a colleague who joins the project looks after its class, not a pupil of the school outside it, and cannot add her; the founder unlocks a pupil', async () => {
    const founderPage = await signedInPage(run.browser, run.server.url, demoFounder);
    const colleaguePage = await signedInPage(run.browser, run.server.url, colleague);
    const schoolOf = (page: Page) => callApi<{ id: string; name: string; school: { id: string } }>(page, 'GET', '/api/account');
    const [founderAccount, colleagueAccount] = await Promise.all([schoolOf(founderPage), schoolOf(colleaguePage)]);
    assert.equal(colleagueAccount.school.id, founderAccount.school.id, 'the two demo teachers share a school');
    const { twinspaces } = await callApi<{ twinspaces: Array<{ projectId: string; title: string; status: string; role: string }> }>(
      founderPage,
      'GET',
      '/api/my-twinspaces',
    );
    const project = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder')!;
    const pupilsUrl = `${run.server.url}/projects/${project.projectId}/twinspace/pupils`;

    // Zoé has an account the founder made, but is in no project any more: the colleague will not look after her.
    const { cards } = await callApi<{ cards: Array<{ id: string; username: string }> }>(
      founderPage,
      'POST',
      `/api/projects/${project.projectId}/pupils`,
      {
        pupils: [{ firstName: 'Zoé', lastName: 'Durand' }],
        accountConsentOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      },
    );
    const zoe = cards[0]!;
    await callApi(founderPage, 'DELETE', `/api/projects/${project.projectId}/pupils/${zoe.id}`);
    const invitation = await callApi<{ id: string }>(founderPage, 'POST', `/api/projects/${project.projectId}/invitations`, {
      teacherId: colleagueAccount.id,
      role: 'member',
      message: '',
    });
    await callApi(colleaguePage, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'accept' });

    // The colleague (in French too): the class with their accounts; Zoé is not his to add.
    await colleaguePage.goto(pupilsUrl);
    await colleaguePage.getByRole('heading', { level: 1, name: 'Élèves de mon établissement' }).waitFor();
    const { pupils } = await callApi<{ pupils: SchoolPupil[] }>(colleaguePage, 'GET', `/api/projects/${project.projectId}/pupils`);
    const classmate = pupils[0]!;
    await colleaguePage.getByText(classmate.account!.username).waitFor();
    await colleaguePage.getByRole('button', { name: `Nouvelle carte : ${classmate.firstName} ${classmate.lastName}` }).waitFor();
    assert.equal(await colleaguePage.getByRole('checkbox', { name: /Zoé Durand/ }).count(), 0, 'only pupils he looks after can be added');
    assert.equal(await colleaguePage.getByText(zoe.username).count(), 0, 'no username of a pupil he does not look after');
    assert.deepEqual(await seriousAccessibilityViolations(colleaguePage), []);
    await screenshotAtPhoneWidth(colleaguePage, 'twinspace-pupils-colleague-fr');

    // A pupil mistyped five times: the founder sees it, in French, and unlocks the pupil.
    await mistype(classmate.account!.username);
    await founderPage.goto(pupilsUrl);
    const item = founderPage
      .getByRole('listitem')
      .filter({ has: founderPage.getByRole('heading', { name: `${classmate.firstName} ${classmate.lastName}` }) });
    await item.getByText('Bloqué pour un moment : trop de mots de passe erronés').waitFor();
    await founderPage
      .getByRole('group', { name: 'Élèves dont je m’occupe' })
      .getByRole('checkbox', { name: `Zoé Durand (${zoe.username})` })
      .waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(founderPage), []);
    await screenshotAtPhoneWidth(founderPage, 'twinspace-pupils-locked-fr');
    await item.getByRole('button', { name: /^Débloquer la connexion/ }).click();
    await item.getByText('Bloqué pour un moment', { exact: false }).waitFor({ state: 'detached' });
    assert.equal(await item.getByRole('button', { name: /^Débloquer la connexion/ }).count(), 0);

    // A new card for the pupil: the colleague, who looks after the pupil too, hears of it.
    await item.getByRole('button', { name: /^Nouvelle carte/ }).click();
    await item.getByRole('button', { name: 'Créer un nouveau mot de passe' }).click();
    await founderPage.getByRole('region', { name: 'Carte de connexion' }).waitFor();
    await colleaguePage.goto(`${run.server.url}/notifications`);
    await colleaguePage
      .getByText(
        `${founderAccount.name} a remis une nouvelle carte de connexion à ${classmate.firstName} ${classmate.lastName} : l’ancien mot de passe ne fonctionne plus`,
      )
      .waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(colleaguePage), []);
    await screenshotAtPhoneWidth(colleaguePage, 'notifications-card-reissued-fr');
  });
});
