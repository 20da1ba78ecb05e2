import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { callApi } from './api.ts';
import { signedInPage } from './sign-in.ts';

export const demoFounder = { email: 'teacher.fr.1@demo.example', password: 'demo password' };
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export type Twinspace = { projectId: string; title: string; founder: Page; partner: Page };

/**
 * The first French demo teacher's active project, which a teacher of another country joins as a
 * member. The spec makes that teacher with the CLI before the server starts (`people`): demo
 * passwords are the same for everyone.
 */
export async function joinDemoTwinspace(
  browser: Browser,
  baseUrl: string,
  partner: { email: string; password: string },
): Promise<Twinspace> {
  const founder = await signedInPage(browser, baseUrl, demoFounder);
  const { twinspaces } = await callApi<{ twinspaces: Array<{ projectId: string; title: string; status: string; role: string }> }>(
    founder,
    'GET',
    '/api/my-twinspaces',
  );
  const project = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder');
  assert.ok(project, 'the demo founder has an active project');
  const partnerPage = await signedInPage(browser, baseUrl, partner);
  const { session } = await callApi<{ session: { account: { id: string } } }>(partnerPage, 'GET', '/api/session');
  const invitation = await callApi<{ id: string }>(founder, 'POST', `/api/projects/${project.projectId}/invitations`, {
    teacherId: session.account.id,
    role: 'member',
    message: '',
  });
  await callApi(partnerPage, 'POST', `/api/project-invitations/${invitation.id}/answer`, { answer: 'accept' });
  return { projectId: project.projectId, title: project.title, founder, partner: partnerPage };
}

/** A pupil of the teacher's school, signed in its own browser context with a password of their own. */
export async function signedInPupil(browser: Browser, baseUrl: string, teacher: Page, projectId: string, firstName: string): Promise<Page> {
  const { cards } = await callApi<{ cards: Array<{ username: string; password: string }> }>(
    teacher,
    'POST',
    `/api/projects/${projectId}/pupils`,
    { pupils: [{ firstName, lastName: 'E2e' }], accountConsentOn: yesterday() },
  );
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/pupils/sign-in`);
  await page.evaluate(async (card) => {
    const signIn = await fetch('/api/session/pupil', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: card.username, password: card.password }),
    });
    if (!signIn.ok) throw new Error(`pupil sign-in: ${signIn.status} ${await signIn.text()}`);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrfToken };
    const changed = await fetch('/api/account/password', {
      method: 'PUT',
      headers,
      body: JSON.stringify({ currentPassword: card.password, newPassword: 'a password of my own' }),
    });
    if (!changed.ok) throw new Error(`password change: ${changed.status} ${await changed.text()}`);
  }, cards[0]!);
  return page;
}
