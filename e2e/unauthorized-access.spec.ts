import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { webPages } from '@jumelage/contracts';
import type { Page } from 'playwright-core';
import { callApi } from './support/api.ts';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { serverAndBrowser } from './support/run.ts';
import { signedInPage } from './support/sign-in.ts';
import { demoFounder, signedInPupil } from './support/twinspace.ts';

/** What a refused person reads instead of the page, in the languages they read it in. */
const texts = {
  en: {
    signIn: 'Sign in',
    notFound: 'Page not found',
    forbidden: 'You may not open this page',
    officers: 'It is for the officers of the national support services, who validate teachers and projects.',
    administrators: 'It is for the central support service of the platform.',
    teachers: 'It is for validated teachers, who look for partners and run projects.',
    pupilsTeachers: 'Only the teachers of the project look after its pupils.',
    projectNotPublic: 'This project is not public, or it does not exist.',
    pageNotPublic: 'This page is not public, or it does not exist.',
  },
  fr: {
    signIn: 'Se connecter',
    notFound: 'Page introuvable',
    forbidden: 'Vous ne pouvez pas ouvrir cette page',
    officers: 'Elle est réservée aux agents des bureaux nationaux, qui valident les enseignants et les projets.',
    administrators: 'Elle est réservée au service central d’assistance de la plateforme.',
    teachers: 'Elle est réservée aux enseignants validés, qui cherchent des partenaires et mènent des projets.',
    pupilsTeachers: 'Seuls les enseignants du projet s’occupent de ses élèves.',
    projectNotPublic: 'Ce projet n’est pas public, ou il n’existe pas.',
    pageNotPublic: 'Cette page n’est pas publique, ou elle n’existe pas.',
  },
};

/** What a person is shown: the sign-in page, a forbidden page telling who may, not found, or the gallery's own "not public". */
type Sight =
  | 'signIn'
  | 'notFound'
  | { forbidden: 'officers' | 'administrators' | 'teachers' | 'pupilsTeachers' }
  | { gallery: 'projectNotPublic' | 'pageNotPublic' };
/** Who asks: a visitor (French browser), a teacher of the demo founder's school, the French officer (all three in French), a pupil of the founder's project (English). */
type Who = 'visitor' | 'teacher' | 'officer' | 'pupil';
/** The demo data a row points at. */
type Ids = {
  active: string;
  activeTitle: string;
  other: string;
  draft: string;
  draftTitle: string;
  page: string;
  pageTitle: string;
  idea: string;
};
/** One page a person may not use: where, and what they see; `hides` is what must not appear. */
type Row = { who: Who; path: (ids: Ids) => string; sees: Sight; hides?: (ids: Ids) => string[] };

const at = (path: string, ids: Partial<Record<'id' | 'pageId', string>> = {}) =>
  path.replace(':id', ids.id ?? '').replace(':pageId', ids.pageId ?? '');
const project = (ids: Ids) => [ids.activeTitle];
const draft = (ids: Ids) => [ids.draftTitle];

/** Per domain, the pages and who may not use them. */
const domains: Record<string, Row[]> = {
  accounts: [
    { who: 'visitor', path: () => webPages.account, sees: 'signIn' },
    { who: 'visitor', path: () => webPages.accountSecurity, sees: 'signIn' },
  ],
  notifications: [{ who: 'visitor', path: () => webPages.notifications, sees: 'signIn' }],
  contacts: [{ who: 'visitor', path: () => webPages.myContacts, sees: 'signIn' }],
  partners: [
    { who: 'visitor', path: () => webPages.partners, sees: 'signIn' },
    { who: 'visitor', path: () => webPages.suggestedPartners, sees: 'signIn' },
    { who: 'pupil', path: () => webPages.partners, sees: { forbidden: 'teachers' } },
    { who: 'officer', path: () => webPages.partners, sees: { forbidden: 'teachers' } },
  ],
  ideas: [
    { who: 'visitor', path: () => webPages.ideas, sees: 'signIn' },
    { who: 'visitor', path: () => webPages.newIdea, sees: 'signIn' },
    { who: 'visitor', path: () => webPages.myIdeas, sees: 'signIn' },
    { who: 'visitor', path: (ids) => at(webPages.idea, { id: ids.idea }), sees: 'signIn' },
    { who: 'pupil', path: () => webPages.newIdea, sees: { forbidden: 'teachers' } },
    { who: 'pupil', path: (ids) => at(webPages.idea, { id: ids.idea }), sees: { forbidden: 'teachers' } },
  ],
  projects: [
    { who: 'visitor', path: () => webPages.myProjects, sees: 'signIn' },
    { who: 'visitor', path: (ids) => at(webPages.project, { id: ids.active }), sees: 'signIn', hides: project },
    { who: 'teacher', path: (ids) => at(webPages.project, { id: ids.draft }), sees: 'notFound', hides: draft },
    { who: 'teacher', path: (ids) => at(webPages.editProject, { id: ids.draft }), sees: 'notFound', hides: draft },
    { who: 'pupil', path: (ids) => at(webPages.editProject, { id: ids.active }), sees: { forbidden: 'teachers' }, hides: project },
    { who: 'pupil', path: () => webPages.myProjects, sees: { forbidden: 'teachers' } },
  ],
  twinspace: [
    { who: 'visitor', path: () => webPages.myTwinspaces, sees: 'signIn' },
    { who: 'visitor', path: (ids) => at(webPages.twinspace, { id: ids.active }), sees: 'signIn', hides: project },
    { who: 'teacher', path: (ids) => at(webPages.twinspace, { id: ids.active }), sees: 'notFound', hides: project },
    { who: 'teacher', path: (ids) => at(webPages.twinspacePupils, { id: ids.active }), sees: 'notFound', hides: project },
    {
      who: 'teacher',
      path: (ids) => at(webPages.twinspacePage, { id: ids.active, pageId: ids.page }),
      sees: 'notFound',
      hides: (ids) => [ids.activeTitle, ids.pageTitle],
    },
    { who: 'teacher', path: (ids) => at(webPages.twinspaceMaterials, { id: ids.active }), sees: 'notFound', hides: project },
    { who: 'pupil', path: (ids) => at(webPages.twinspacePupils, { id: ids.active }), sees: { forbidden: 'pupilsTeachers' } },
    { who: 'pupil', path: (ids) => at(webPages.twinspace, { id: ids.other }), sees: 'notFound' },
  ],
  nss: [
    { who: 'visitor', path: () => webPages.validationQueue, sees: 'signIn' },
    { who: 'teacher', path: () => webPages.validationQueue, sees: { forbidden: 'officers' } },
    { who: 'teacher', path: () => webPages.projectReviews, sees: { forbidden: 'officers' } },
    { who: 'pupil', path: () => webPages.projectReviews, sees: { forbidden: 'officers' } },
  ],
  admin: [
    { who: 'teacher', path: () => webPages.officers, sees: { forbidden: 'administrators' } },
    { who: 'teacher', path: () => webPages.outbox, sees: { forbidden: 'administrators' } },
    { who: 'officer', path: () => webPages.officers, sees: { forbidden: 'administrators' } },
    { who: 'officer', path: () => webPages.outbox, sees: { forbidden: 'administrators' } },
  ],
  gallery: [
    { who: 'visitor', path: (ids) => at(webPages.galleryProject, { id: ids.draft }), sees: { gallery: 'projectNotPublic' }, hides: draft },
    {
      who: 'visitor',
      path: (ids) => at(webPages.galleryTwinspacePage, { id: ids.active, pageId: ids.page }),
      sees: { gallery: 'pageNotPublic' },
      hides: (ids) => [ids.pageTitle],
    },
  ],
};

const languageOf: Record<Who, keyof typeof texts> = { visitor: 'fr', teacher: 'fr', officer: 'fr', pupil: 'en' };
// The demo founder's colleague at the same school, validated and in none of her projects; the French officer.
const colleague = { email: 'teacher.fr.2@demo.example', password: demoFounder.password };
const officer = { email: 'nss.fr@demo.example', password: demoFounder.password };

describe('pages a person may not use, domain by domain', () => {
  const run = serverAndBrowser({ demo: true });
  const people = {} as Record<Who, Page>;
  let ids: Ids;

  before(async () => {
    const signedIn = (person: { email: string; password: string }) => signedInPage(run.browser, run.server.url, person);
    const [founder, teacher, nssOfficer] = await Promise.all([signedIn(demoFounder), signedIn(colleague), signedIn(officer)]);
    Object.assign(people, { teacher, officer: nssOfficer });
    people.visitor = await run.browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const { twinspaces } = await callApi<{ twinspaces: Array<{ projectId: string; title: string; status: string; role: string }> }>(
      founder,
      'GET',
      '/api/my-twinspaces',
    );
    const active = twinspaces.find((twinspace) => twinspace.status === 'active' && twinspace.role === 'founder');
    assert.ok(active, 'the demo founder has an active project');
    const { results } = await callApi<{ results: Array<{ id: string }> }>(founder, 'GET', '/api/gallery?limit=50');
    const other = results.find((result) => !twinspaces.some((twinspace) => twinspace.projectId === result.id));
    assert.ok(other, 'the gallery has an active project the demo founder is not in');
    const draftTitle = 'A draft only its founder sees';
    const pageTitle = 'Planning for the members only';
    const [draftProject, page, ideas, pupil] = await Promise.all([
      callApi<{ id: string }>(founder, 'POST', '/api/projects', { title: draftTitle }),
      callApi<{ id: string }>(founder, 'POST', `/api/projects/${active.projectId}/pages`, { title: pageTitle }),
      callApi<{ results: Array<{ id: string }> }>(founder, 'GET', '/api/ideas'),
      signedInPupil(run.browser, run.server.url, founder, active.projectId, 'Léon'),
    ]);
    assert.ok(ideas.results[0], 'the demo has project ideas');
    ids = {
      active: active.projectId,
      activeTitle: active.title,
      other: other.id,
      draft: draftProject.id,
      draftTitle,
      page: page.id,
      pageTitle,
      idea: ideas.results[0].id,
    };
    people.pupil = pupil;
    await founder.close();
    // A wrong expectation fails in seconds, not after Playwright's 30.
    for (const page of Object.values(people)) page.setDefaultTimeout(8_000);
  });

  /** Waits for what the person should see, then checks the page shows nothing else. */
  async function assertSees(page: Page, row: Row): Promise<void> {
    const text = texts[languageOf[row.who]];
    const heading = async (name: string) => {
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      assert.equal(await page.title(), `${name} — Jumelage`, 'the tab names what is shown');
    };
    if (row.sees === 'signIn') {
      await page.waitForURL((url) => url.pathname === webPages.signIn);
      await heading(text.signIn);
    } else if (row.sees === 'notFound') await heading(text.notFound);
    else if ('forbidden' in row.sees) {
      await heading(text.forbidden);
      await page.getByRole('main').getByText(text[row.sees.forbidden], { exact: true }).waitFor();
    } else await page.getByText(text[row.sees.gallery], { exact: true }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one page, not the refused one under it');
    for (const hidden of row.hides?.(ids) ?? []) assert.equal(await page.getByText(hidden).count(), 0, `${hidden} does not appear`);
  }

  async function openRefused(page: Page, row: Row): Promise<void> {
    await page.goto(`${run.server.url}${row.path(ids)}`);
    await assertSees(page, row).catch(async (error: Error) => {
      const shown = (
        await page
          .getByRole('main')
          .innerText({ timeout: 1000 })
          .catch(() => '')
      ).slice(0, 300);
      throw new Error(`${row.who} on ${row.path(ids)} shows “${shown}”: ${error.message}`, { cause: error });
    });
  }

  for (const [domain, rows] of Object.entries(domains)) {
    it(`${domain}: ${rows.map((row) => `${row.who} on ${row.path({ active: ':id', activeTitle: '', other: ':id', draft: ':id', draftTitle: '', page: ':pageId', pageTitle: '', idea: ':id' })}`).join(', ')}`, async () => {
      // Each person in their own page, at the same time; one after the other within a person.
      const whoAsk = [...new Set(rows.map((row) => row.who))];
      await Promise.all(
        whoAsk.map(async (who) => {
          for (const row of rows.filter((each) => each.who === who)) await openRefused(people[who], row);
        }),
      );
    });
  }

  it('the sign-in page a visitor is sent to and a not-found page are accessible, and read at 320 px in French', async () => {
    const { visitor, teacher, officer } = people;
    await visitor.goto(`${run.server.url}${webPages.myTwinspaces}`);
    await assertSees(visitor, { who: 'visitor', path: () => webPages.myTwinspaces, sees: 'signIn' });
    assert.deepEqual(await seriousAccessibilityViolations(visitor), []);
    await teacher.goto(`${run.server.url}${at(webPages.twinspace, { id: ids.active })}`);
    await assertSees(teacher, { who: 'teacher', path: () => '', sees: 'notFound', hides: project });
    assert.deepEqual(await seriousAccessibilityViolations(teacher), []);

    await visitor.setViewportSize({ width: 320, height: 640 });
    await saveScreenshot(visitor, 'unauthorized-sign-in-fr-320');
    await officer.goto(`${run.server.url}${webPages.outbox}`);
    await assertSees(officer, { who: 'officer', path: () => '', sees: { forbidden: 'administrators' } });
    await officer.setViewportSize({ width: 320, height: 640 });
    await saveScreenshot(officer, 'unauthorized-officer-admin-fr-320');
  });
});
