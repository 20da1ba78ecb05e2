import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { collectPageErrors, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signedInPage } from './support/sign-in.ts';
import { demoFounder, signedInPupil } from './support/twinspace.ts';
import { serverAndBrowser } from './support/run.ts';

/** A small picture drawn in the page, uploaded as the materials page does (the bytes as the body). */
async function uploadPicture(page: Page, projectId: string, name: string): Promise<string> {
  return page.evaluate(
    async ({ projectId, name }) => {
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [480, 320];
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#2f6f9f';
      context.fillRect(0, 0, 480, 320);
      context.fillStyle = '#f2c14e';
      context.fillRect(0, 220, 480, 100);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/png'));
      const session = (await (await fetch('/api/session')).json()) as { session: { csrfToken: string } };
      const headers = { 'x-csrf-token': session.session.csrfToken, 'content-type': 'application/octet-stream' };
      const response = await fetch(`/api/projects/${projectId}/materials?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers,
        body: blob,
      });
      if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    { projectId, name },
  );
}

describe('a TwinSpace in the public gallery', () => {
  const run = serverAndBrowser({ demo: true });

  it('a public project whose TwinSpace keeps everything for its members says so in both panels', async () => {
    const visitor = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${run.server.url}/gallery`);
    // A project of the gallery with no public page or material (most demo projects have none).
    const bare = await visitor.evaluate(async () => {
      const { results } = (await (await fetch('/api/gallery?limit=50')).json()) as { results: Array<{ id: string }> };
      for (const { id } of results) {
        const detail = (await (await fetch(`/api/gallery/${id}`)).json()) as { pages: unknown[] };
        const { materials } = (await (await fetch(`/api/gallery/${id}/materials?limit=1`)).json()) as { materials: unknown[] };
        if (detail.pages.length === 0 && materials.length === 0) return id;
      }
      return undefined;
    });
    assert.ok(bare, 'the demo gallery has a project with nothing public in its TwinSpace');
    await visitor.goto(`${run.server.url}/gallery/${bare}`);
    await visitor.getByText('The project has not made any of its pages public yet.').waitFor();
    await visitor.getByText('The project has not made any of its materials public yet.').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(visitor), []);
    await saveScreenshot(visitor, 'gallery-twinspace-empty');
    await visitor.close();
  });

  it('a visitor, not signed in, finds the public page of a public project, reads it, and never sees a members-only page', async () => {
    // The founder writes a page, makes it and a photo public, and keeps a second page for the members.
    const founder = await signedInPage(run.browser, run.server.url, demoFounder);
    const { twinspaces } = await callApi<{ twinspaces: Array<{ projectId: string; title: string; status: string; role: string }> }>(
      founder,
      'GET',
      '/api/my-twinspaces',
    );
    const project = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder');
    assert.ok(project, 'the demo founder has an active project');
    const { projectId } = project;
    await callApi(founder, 'PUT', `/api/projects/${projectId}/visibility`, { isPublic: true });
    const visitor = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(visitor);

    const journal = await callApi<{ id: string }>(founder, 'POST', `/api/projects/${projectId}/pages`, { title: 'Our river journal' });
    const planning = await callApi<{ id: string }>(founder, 'POST', `/api/projects/${projectId}/pages`, { title: 'Teachers’ planning' });
    const photo = await uploadPicture(founder, projectId, 'The river at dawn.png');
    await callApi(founder, 'PUT', `/api/materials/${photo}/visibility`, { visibility: 'public' });
    const classPhoto = await uploadPicture(founder, projectId, 'Class photo, members only.png');

    // The text and both photos go into the page through the editor.
    const text = 'The river starts in the mountains and ends in the sea.';
    await founder.goto(`${run.server.url}/projects/${projectId}/twinspace/pages/${journal.id}`);
    await founder.locator('[data-status="connected"]').waitFor();
    await founder.locator('[role="textbox"][aria-multiline="true"][contenteditable]').click();
    await founder.keyboard.type(text);
    for (const name of ['The river at dawn.png', 'Class photo, members only.png']) {
      await founder.getByRole('button', { name: 'Image', exact: true }).click();
      await founder.getByRole('button', { name }).click();
      // The new image is selected: the next one goes after it, not in its place.
      await founder.keyboard.press('ArrowRight');
    }
    // Leaving the page stores it at once (the last editor has gone).
    await founder.goto(`${run.server.url}/projects/${projectId}/twinspace`);
    const deadline = Date.now() + 15_000;
    const stored = (html: string) => html.includes(text) && html.includes(photo) && html.includes(classPhoto);
    while (!stored((await callApi<{ html: string }>(founder, 'GET', `/api/pages/${journal.id}`)).html)) {
      assert.ok(Date.now() < deadline, 'the page is stored with its text and both photos');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await callApi(founder, 'PATCH', `/api/pages/${journal.id}`, { visibility: 'public' });

    await visitor.goto(`${run.server.url}/gallery/${projectId}`);
    await visitor.getByRole('heading', { level: 1, name: project.title }).waitFor();
    const pages = visitor.locator('section', { has: visitor.getByRole('heading', { name: 'Pages', exact: true }) });
    await pages.getByRole('link', { name: 'Our river journal' }).waitFor();
    assert.equal(await visitor.getByText('Teachers’ planning').count(), 0, 'a members-only page is not listed');
    const materials = visitor.locator('section', { has: visitor.getByRole('heading', { name: 'Materials', exact: true }) });
    const card = materials.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: 'The river at dawn.png' }) });
    await card.locator('img').waitFor();
    await card.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    assert.ok(
      await card.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth > 0 && image.naturalWidth <= 320),
      'a thumbnail',
    );
    assert.equal(await visitor.getByText('Class photo, members only.png').count(), 0, 'a members-only material is not listed');
    assert.ok(await materials.getByRole('link', { name: 'Download The river at dawn.png' }).isVisible());
    assert.deepEqual(await seriousAccessibilityViolations(visitor), []);
    await saveScreenshot(visitor, 'gallery-twinspace-project');

    await pages.getByRole('link', { name: 'Our river journal' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Our river journal' }).waitFor();
    await visitor.getByRole('article').getByText(text).waitFor();
    // The public photo shows; the members-only one was taken out of the page by the server.
    const images = visitor.getByRole('article').locator('img');
    await images.first().waitFor();
    assert.deepEqual(await images.evaluateAll((found) => found.map((image) => image.getAttribute('src'))), [
      `/api/materials/${photo}/file?inline=1`,
    ]);
    await visitor.waitForFunction(() => document.querySelector<HTMLImageElement>('article img')?.naturalWidth === 480);
    assert.equal(await visitor.title(), 'Our river journal — Jumelage');
    assert.deepEqual(await seriousAccessibilityViolations(visitor), []);
    await saveScreenshot(visitor, 'gallery-twinspace-page');
    await visitor.setViewportSize({ width: 360, height: 800 });
    await saveScreenshot(visitor, 'gallery-twinspace-page-360');
    await visitor.setViewportSize({ width: 1280, height: 900 });
    await visitor.getByRole('link', { name: `Back to the project “${project.title}”` }).click();
    await visitor.getByRole('heading', { level: 1, name: project.title }).waitFor();

    // The members-only page, asked for by its address, does not exist for a visitor.
    await visitor.goto(`${run.server.url}/gallery/${projectId}/pages/${planning.id}`);
    await visitor.getByText('This page is not public, or it does not exist.').waitFor();
    assert.equal(await visitor.getByText('Teachers’ planning').count(), 0);
    // The page's own 404 and the API's are the only errors the browser logs.
    assert.deepEqual(
      errors.filter((error) => !error.includes('status of 404')),
      [],
    );

    // And without JavaScript, as a crawler reads it.
    const crawler = await run.browser.newContext({ javaScriptEnabled: false });
    const plain = await crawler.newPage();
    await plain.goto(`${run.server.url}/gallery/${projectId}/pages/${journal.id}`);
    assert.equal(await plain.getByRole('heading', { level: 1 }).textContent(), 'Our river journal');
    await plain.getByText(text).waitFor();
    await crawler.close();
  });

  it('a pupil’s edit to a public page reaches the public only once a teacher publishes it', async () => {
    const founder = await signedInPage(run.browser, run.server.url, demoFounder);
    const { twinspaces } = await callApi<{ twinspaces: Array<{ projectId: string; status: string; role: string }> }>(
      founder,
      'GET',
      '/api/my-twinspaces',
    );
    const { projectId } = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder')!;
    await callApi(founder, 'PUT', `/api/projects/${projectId}/visibility`, { isPublic: true });
    // The demo's French class page is public.
    const { pages } = await callApi<{ pages: Array<{ id: string; title: string }> }>(founder, 'GET', `/api/gallery/${projectId}`);
    const classPage = pages.find((page) => page.title.startsWith('Bonjour'))!;
    assert.ok(classPage, 'the demo has a public class page');
    const pagePath = `/projects/${projectId}/twinspace/pages/${classPage.id}`;
    const publicPath = `/gallery/${projectId}/pages/${classPage.id}`;
    const sentence = 'A sentence the class keeps for itself for now.';

    const pupil = await signedInPupil(run.browser, run.server.url, founder, projectId, 'Noé');
    await pupil.goto(`${run.server.url}${pagePath}`);
    await pupil.locator('[data-status="connected"]').waitFor();
    await pupil.locator('[role="textbox"][aria-multiline="true"][contenteditable]').click();
    await pupil.keyboard.press('Control+End');
    await pupil.keyboard.type(sentence, { delay: 5 });
    // The notice tells the pupil the public sees an earlier version; only a teacher can publish.
    await pupil.getByText('Changes made since then are seen by the members of the TwinSpace only').waitFor();
    assert.equal(await pupil.getByRole('button', { name: 'Publish the page as it is now' }).count(), 0, 'a pupil cannot publish');
    await saveScreenshot(pupil, 'page-publication-pupil');
    await pupil.getByRole('button', { name: /Language/ }).click();
    await pupil.getByRole('option', { name: 'Français' }).click();
    await pupil.getByText('Les modifications faites depuis ne sont visibles que des membres du TwinSpace').waitFor();
    await pupil.setViewportSize({ width: 320, height: 800 });
    await saveScreenshot(pupil, 'page-publication-pupil-fr-320');

    const visitor = await run.browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${run.server.url}${publicPath}`);
    await visitor.getByRole('heading', { level: 1, name: classPage.title }).waitFor();
    assert.equal(await visitor.getByText(sentence).count(), 0, 'the pupil’s sentence is not public');

    await founder.goto(`${run.server.url}${pagePath}`);
    // The demo founder reads the platform in French.
    await founder.getByText('Les modifications faites depuis ne sont visibles que des membres du TwinSpace').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(founder), []);
    await saveScreenshot(founder, 'page-publication-teacher');
    await founder.setViewportSize({ width: 320, height: 800 });
    await saveScreenshot(founder, 'page-publication-teacher-320');
    await founder.setViewportSize({ width: 1280, height: 900 });
    await founder.getByRole('button', { name: 'Publier la page telle qu’elle est maintenant' }).click();
    await founder.getByText(/Cette page est publique : tout le monde peut la lire telle que .+ l’a publiée maintenant\./).waitFor();

    await visitor.reload();
    await visitor.getByText(sentence).waitFor();
    await visitor.close();
    await pupil.context().close();
    await founder.close();
  });
});
