import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { webPages } from '@jumelage/contracts';
import { collectPageErrors, saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { serverAndBrowser } from './support/run.ts';
import { signIn } from './support/sign-in.ts';

const texts = {
  en: {
    locale: 'en-GB',
    title: 'You may not open this page',
    who: 'It is for the officers of the national support services, who validate teachers and projects.',
    home: 'Go to the home page',
    notFound: 'Page not found',
  },
  fr: {
    locale: 'fr-FR',
    title: 'Vous ne pouvez pas ouvrir cette page',
    who: 'Elle est réservée aux agents des bureaux nationaux, qui valident les enseignants et les projets.',
    home: 'Aller à la page d’accueil',
    notFound: 'Page introuvable',
  },
};
const teacherIn = (language: keyof typeof texts) => ({
  email: `teacher.${language}@example.org`,
  password: 'a long enough password',
  language,
});

describe('pages that are not for everyone', () => {
  const run = serverAndBrowser({
    people: [teacherIn('en'), teacherIn('fr')].map((teacher) => ({ ...teacher, name: 'Claire Dubois', role: 'teacher', country: 'FR' })),
  });

  for (const language of ['en', 'fr'] as const) {
    it(`tell a teacher, in ${language === 'en' ? 'English' : 'French'}, that an officers' page is not theirs, and that a project they cannot see is not found`, async () => {
      const text = texts[language];
      const page = await run.browser.newPage({ locale: text.locale, viewport: { width: 1280, height: 900 } });
      await signIn(page, run.server.url, teacherIn(language), language);
      await page.waitForURL((url) => url.pathname !== '/sign-in');
      const errors = collectPageErrors(page);

      await page.goto(`${run.server.url}${webPages.validationQueue}`);
      await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
      await page.getByText(text.who).waitFor();
      assert.equal(await page.getByRole('main').getByRole('link', { name: text.home }).getAttribute('href'), webPages.home);
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      await saveScreenshot(page, `forbidden-${language}`);
      await page.setViewportSize({ width: 320, height: 640 });
      await saveScreenshot(page, `forbidden-${language}-320`);
      assert.deepEqual(errors, []);

      // The API answers 404 for a project this teacher does not see: the whole page says so.
      await page.goto(`${run.server.url}${webPages.project.replace(':id', randomUUID())}`);
      await page.getByRole('heading', { level: 1, name: text.notFound }).waitFor();
      await page.close();
    });
  }
});
