import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { collectPageErrors, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signedInPage } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

// The first French demo teacher founds an active demo project; she reads the platform in French.
const founder = { email: 'teacher.fr.1@demo.example', password: 'demo password' };
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** A photo of about 2 MB, drawn in the page (random pixels do not compress), as a file to pick. */
async function largePhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 900;
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(canvas.width, canvas.height);
    for (let offset = 0; offset < pixels.data.length; offset += 65_536)
      crypto.getRandomValues(pixels.data.subarray(offset, offset + 65_536));
    context.putImageData(pixels, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/jpeg', 0.92));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** The status of an API call made from the page, for what the page itself refuses to do. */
async function statusOf(page: Page, method: string, path: string, body: unknown): Promise<{ status: number; code: string | undefined }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/session')).json()) as { session: { csrfToken: string } };
      const response = await fetch(path, {
        method,
        headers: { 'x-csrf-token': session.session.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { error?: { code: string } };
      return { status: response.status, code: answer.error?.code };
    },
    { method, path, body },
  );
}

describe('TwinSpace materials', () => {
  const run = serverAndBrowser({ demo: true });

  it('a teacher uploads a photo with a progress bar, tags a pupil without public consent, and cannot make it public until the family agrees', async () => {
    const page = await signedInPage(run.browser, run.server.url, founder);
    const errors = collectPageErrors(page);
    const { twinspaces } = await callApi<{ twinspaces: { projectId: string; title: string; status: string; role: string }[] }>(
      page,
      'GET',
      '/api/my-twinspaces',
    );
    const project = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder');
    assert.ok(project, 'the demo founder has an active project');
    const { cards } = await callApi<{ cards: { id: string }[] }>(page, 'POST', `/api/projects/${project.projectId}/pupils`, {
      pupils: [{ firstName: 'Noé', lastName: 'Girard' }],
      accountConsentOn: yesterday,
    });
    const pupilId = cards[0]!.id;

    await page.goto(`${run.server.url}/projects/${project.projectId}/twinspace/materials`);
    await page.getByRole('heading', { level: 1, name: `Ressources — ${project.title}` }).waitFor();
    await page.getByText(/^Un fichier peut peser jusqu’à 100\sMo\.$/).waitFor();
    await page.getByRole('meter', { name: 'Occupé par les fichiers du projet' }).waitFor();
    // The demo TwinSpace already holds a pupil's drawing.
    await page.getByRole('listitem').filter({ hasText: 'Our drawings (1 ressource)' }).waitFor();

    // An album for the class trip; the photo goes into it.
    await page.getByRole('textbox', { name: 'Nouvel album' }).fill('Sortie à Lyon');
    await page.getByRole('button', { name: 'Créer l’album' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Sortie à Lyon (0 ressource)' }).waitFor();
    await page.getByRole('button', { name: /Dans l’album/ }).click();
    await page.getByRole('option', { name: 'Sortie à Lyon' }).click();

    // A slow connection, so that the bar is seen moving.
    const photo = await largePhoto(page);
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 400_000,
    });
    await page.locator('input[type="file"]').setInputFiles({ name: 'Our class in Lyon.jpg', mimeType: 'image/jpeg', buffer: photo });
    const bar = page.getByRole('progressbar', { name: 'Our class in Lyon.jpg' });
    await page.waitForFunction(() => {
      const value = Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'));
      return value > 5 && value < 95;
    });
    await saveScreenshot(page, 'twinspace-materials-uploading');
    await devtools.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await bar.filter({ has: page.getByText('Envoyé', { exact: true }) }).waitFor();
    assert.equal(await bar.getAttribute('aria-valuenow'), '100');

    await page.getByRole('listitem').filter({ hasText: 'Sortie à Lyon (1 ressource)' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Our class in Lyon.jpg' }) });
    await card.getByText('Réservé aux membres').waitFor();
    await card.locator('img').waitFor();
    assert.ok(
      await card
        .locator('img')
        .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0 && image.naturalWidth <= 320),
      'a thumbnail',
    );

    // Noé is in the photo; his family has not agreed to public images.
    await card.getByRole('button', { name: 'Élèves visibles' }).click();
    await card.getByRole('checkbox', { name: /^Noé \(/ }).check({ force: true });
    await card.getByRole('button', { name: 'Enregistrer' }).click();
    const missing = card.getByText(
      /Elle ne peut pas encore être rendue publique : Noé \(.+\) n’a pas l’accord de sa famille pour les images publiques\./,
    );
    await missing.waitFor();
    await card.getByText(/Élèves visibles : Noé/).waitFor();
    const makePublic = card.getByRole('button', { name: 'Rendre public' });
    assert.equal(await makePublic.isDisabled(), true);
    assert.equal(await makePublic.getAttribute('aria-describedby'), await missing.getAttribute('id'));
    const materials = await callApi<{ materials: { id: string; originalName: string }[] }>(
      page,
      'GET',
      `/api/projects/${project.projectId}/materials`,
    );
    const materialId = materials.materials.find((material) => material.originalName === 'Our class in Lyon.jpg')!.id;
    assert.deepEqual(
      await statusOf(page, 'PUT', `/api/materials/${materialId}/visibility`, { visibility: 'public' }),
      { status: 409, code: 'image_consent_missing' },
      'the API refuses it too',
    );
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'twinspace-materials');
    await page.setViewportSize({ width: 360, height: 800 });
    await saveScreenshot(page, 'twinspace-materials-360');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The download keeps the name.
    const download = await page.request.get(`${run.server.url}/api/materials/${materialId}/file`);
    assert.equal(download.status(), 200);
    assert.match(download.headers()['content-disposition'] ?? '', /^attachment; filename="Our class in Lyon.jpg"/);

    // Once the family agrees, the teacher makes it public.
    await callApi(page, 'PUT', `/api/pupils/${pupilId}/consent`, {
      accountConsentOn: yesterday,
      imageConsent: 'public',
      imageConsentOn: yesterday,
    });
    await page.reload();
    await makePublic.click();
    await card.getByText('Public', { exact: true }).waitFor();
    await missing.waitFor({ state: 'detached' });
    // The refused call above is the one error the browser logs.
    assert.deepEqual(
      errors.filter((error) => !error.includes('status of 409')),
      [],
    );
  });
});
