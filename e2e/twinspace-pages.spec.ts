import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { collectPageErrors, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { callApi } from './support/api.ts';
import { demoFounder, joinDemoTwinspace, signedInPupil, type Twinspace } from './support/twinspace.ts';
import { serverAndBrowser } from './support/run.ts';

const partner = { email: 'marta.pages@example.org', password: 'marta password 1', name: 'Marta Kowalska', country: 'PL' };

describe('TwinSpace pages', () => {
  // A small page limit, so that one paste fills a page.
  const run = serverAndBrowser({ demo: true, people: [{ ...partner, role: 'teacher' }], settings: { PAGE_MAX_MB: '1' } });
  let twinspace: Twinspace;
  before(async () => {
    twinspace = await joinDemoTwinspace(run.browser, run.server.url, partner);
  });

  // Pupils read the platform in their teacher's language (Léa in French): found by role, not by words.
  const editorOf = (page: Page) => page.locator('[role="textbox"][aria-multiline="true"][contenteditable]');
  const connected = (page: Page) => page.locator('[data-status="connected"]').waitFor();
  /** The page's text without the other people's carets. */
  const pageText = (page: Page) =>
    editorOf(page).evaluate((editor) => {
      const copy = editor.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('[data-collaborator]')) caret.remove();
      return copy.textContent;
    });

  it('a teacher makes a page; two pupils of two schools write it at the same time and both see the whole text', async () => {
    const { founder, partner: teacher, projectId } = twinspace;
    await teacher.goto(`${run.server.url}/projects/${projectId}/twinspace`);
    await teacher.getByRole('button', { name: 'New page' }).click();
    await teacher.getByRole('textbox', { name: 'Title' }).fill('Our legends, one story');
    await teacher.getByRole('button', { name: 'Create the page' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Our legends, one story' }).waitFor();
    const pagePath = new URL(teacher.url()).pathname;

    const lea = await signedInPupil(run.browser, run.server.url, founder, projectId, 'Léa');
    const kuba = await signedInPupil(run.browser, run.server.url, twinspace.partner, projectId, 'Kuba');
    const errors = [...collectPageErrors(lea), ...collectPageErrors(kuba)];
    await Promise.all([lea.goto(`${run.server.url}${pagePath}`), kuba.goto(`${run.server.url}${pagePath}`)]);
    await Promise.all([connected(lea), connected(kuba)]);

    // Both type at once, each at their end of the page.
    await editorOf(lea).click();
    await editorOf(kuba).click();
    await Promise.all([
      lea.keyboard.type('Léa writes the start. ', { delay: 15 }),
      kuba.keyboard.type('Kuba adds the end.', { delay: 15 }),
    ]);
    for (const page of [lea, kuba]) {
      await page.waitForFunction(() => {
        const text = document.querySelector('[role="textbox"][aria-multiline="true"]')?.textContent ?? '';
        return text.includes('Léa writes the start. ') && text.includes('Kuba adds the end.');
      });
    }
    assert.equal(await pageText(lea), await pageText(kuba));
    // Each sees the other's caret, named by first name only.
    await lea.locator('[data-collaborator="Kuba"]').waitFor();
    await kuba.locator('[data-collaborator="Léa"]').waitFor();
    await saveScreenshot(lea, 'twinspace-page-cowriting');
    assert.deepEqual(await seriousAccessibilityViolations(lea), []);
    assert.deepEqual(errors, []);

    // The teacher sees the text with the formatting tools and the page's settings.
    await teacher.reload();
    await teacher.getByText('Kuba adds the end.', { exact: false }).waitFor();
    await teacher.getByRole('toolbar', { name: 'Formatting' }).waitFor();
    await teacher.getByRole('heading', { name: 'Page settings' }).waitFor();
    await saveScreenshot(teacher, 'twinspace-page-teacher');
    assert.deepEqual(await seriousAccessibilityViolations(teacher), []);
    await founder.goto(`${run.server.url}${pagePath}`);
    await founder.getByText('Léa writes the start.', { exact: false }).waitFor();
  });

  it('teachers only: a pupil reads the page and cannot type', async () => {
    const { partner: teacher, projectId } = twinspace;
    const { id } = await teacher.evaluate(async (project) => {
      const session = (await (await fetch('/api/session')).json()) as { session: { csrfToken: string } };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': session.session.csrfToken };
      const created = (await (
        await fetch(`/api/projects/${project}/pages`, { method: 'POST', headers, body: JSON.stringify({ title: 'Instructions' }) })
      ).json()) as { id: string };
      await fetch(`/api/pages/${created.id}`, { method: 'PATCH', headers, body: JSON.stringify({ editors: 'teachers' }) });
      return created;
    }, projectId);
    const pupil = await signedInPupil(run.browser, run.server.url, teacher, projectId, 'Ola');
    await pupil.goto(`${run.server.url}/projects/${projectId}/twinspace/pages/${id}`);
    await connected(pupil);
    await pupil.getByText('read only', { exact: false }).waitFor();
    assert.equal(await editorOf(pupil).getAttribute('contenteditable'), 'false');
    assert.equal(await pupil.getByRole('toolbar', { name: 'Formatting' }).count(), 0);
  });

  it('a full page says so, stops, and keeps what was saved before', async () => {
    const { founder, projectId } = twinspace;
    const { id } = await callApi<{ id: string }>(founder, 'POST', `/api/projects/${projectId}/pages`, { title: 'Un très long journal' });
    await founder.goto(`${run.server.url}/projects/${projectId}/twinspace/pages/${id}`);
    await connected(founder);
    await editorOf(founder).click();
    await founder.keyboard.type('Début du journal.');
    await founder.waitForFunction(() => document.querySelector('[data-status="connected"]') !== null);
    // More than a megabyte at once, as a paste of a whole book would be.
    await editorOf(founder).evaluate((editor) => {
      const data = new DataTransfer();
      data.setData('text/plain', ' Le fleuve.'.repeat(110_000));
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await founder.getByRole('alert').filter({ hasText: 'Cette page est pleine' }).waitFor();
    assert.equal(await editorOf(founder).getAttribute('contenteditable'), 'false');
    assert.equal(await founder.getByRole('toolbar').count(), 0);
    assert.deepEqual(await seriousAccessibilityViolations(founder), []);
    await founder.reload();
    // "Connected" comes before the stored text arrives.
    await editorOf(founder).filter({ hasText: 'Début du journal.' }).waitFor();
    assert.equal(await pageText(founder), 'Début du journal.');
  });

  /** Signs out from a second tab of the same run.browser, through the account menu. */
  async function signOutInAnotherTab(page: Page, menuName: RegExp, signOut: string): Promise<void> {
    const other = await page.context().newPage();
    await other.goto(`${run.server.url}/`);
    await other.getByRole('button', { name: menuName }).click();
    await other.getByRole('menuitem', { name: signOut }).click();
    await other.waitForURL(`${run.server.url}/`);
    await other.close();
  }

  /** A second session of the demo founder (French), in a run.browser of its own, 320 px wide. */
  async function founderOnAPhone(): Promise<Page> {
    const context = await run.browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 700 } });
    const phone = await context.newPage();
    await phone.goto(`${run.server.url}/sign-in`);
    await phone.evaluate(async (founder) => {
      const signIn = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(founder),
      });
      if (!signIn.ok) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
    }, demoFounder);
    return phone;
  }

  it('signing out in another tab stops the page at once and says so, in French at 320 px and in English', async () => {
    const { founder, partner: teacher, projectId } = twinspace;
    const { id } = await callApi<{ id: string }>(founder, 'POST', `/api/projects/${projectId}/pages`, { title: 'Qui est encore là ?' });
    const [phone, piotr] = [await founderOnAPhone(), await signedInPupil(run.browser, run.server.url, teacher, projectId, 'Piotr')];
    for (const page of [phone, piotr]) {
      await page.goto(`${run.server.url}/projects/${projectId}/twinspace/pages/${id}`);
      await connected(page);
    }
    await editorOf(phone).click();
    await phone.keyboard.type('Écrit sur le téléphone.');

    await signOutInAnotherTab(phone, /menu du compte/, 'Se déconnecter');
    await phone.getByRole('alert').filter({ hasText: 'Votre session a pris fin' }).waitFor({ timeout: 5_000 });
    await phone.getByRole('link', { name: 'Se reconnecter' }).waitFor();
    assert.equal(await editorOf(phone).getAttribute('contenteditable'), 'false');
    await saveScreenshot(phone, 'twinspace-page-signed-out-fr-320');
    assert.deepEqual(await seriousAccessibilityViolations(phone), []);

    await signOutInAnotherTab(piotr, /account menu/, 'Sign out');
    await piotr.getByRole('alert').filter({ hasText: 'You were signed out' }).waitFor({ timeout: 5_000 });
    assert.equal(await piotr.getByRole('link', { name: 'Sign in again' }).getAttribute('href'), '/pupils/sign-in');
    await saveScreenshot(piotr, 'twinspace-page-signed-out-en');
    // The founder's own session, in another browser, goes on, with what the phone typed before.
    await founder.goto(`${run.server.url}/projects/${projectId}/twinspace/pages/${id}`);
    await founder.getByText('Écrit sur le téléphone.').waitFor();
  });
});
