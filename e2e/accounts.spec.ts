import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkIn } from '@jumelage/server/testing/smtp';
import type { Page } from 'playwright-core';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { serverAndBrowser } from './support/run.ts';

/** What a person reads on the pages, in each language the journey is run in. */
const texts = {
  en: {
    locale: 'en-GB',
    register: 'Register',
    name: 'Full name',
    email: 'E-mail address',
    password: 'Password',
    country: /Country/,
    school: 'School',
    notListed: 'My school is not in the list',
    schoolName: 'Name of the school',
    town: 'Town',
    region: /Region/,
    create: 'Create my account',
    checkMailbox: 'Check your mailbox',
    confirmMail: /Confirm your e-mail/,
    confirmed: 'Your address is confirmed',
    signIn: 'Sign in',
    pending: 'Your account is waiting for validation',
    queue: 'Teachers to validate',
    validate: 'Validate',
    reject: 'Reject…',
    rejectDialog: 'Reject 1 teacher',
    reason: /^Reason for the rejection/,
    validated: '1 teacher validated.',
    validatedMail: /is validated/,
    subject: 'History',
    ageFrom: /Pupils aged from/,
    ageTo: /Pupils aged up to/,
    workingLanguage: 'French',
    presentation: 'A few words about you and your ideas',
    lookingForPartners: 'I am looking for partners for a project',
    save: 'Save',
    saved: 'Your changes are saved.',
    invisibleCharacters: 'Names and titles cannot hold invisible characters or characters that change the direction of the text.',
  },
  fr: {
    locale: 'fr-FR',
    register: "S'inscrire",
    name: 'Nom complet',
    email: 'Adresse électronique',
    password: 'Mot de passe',
    country: /Pays/,
    school: 'Établissement',
    notListed: "Mon établissement n'est pas dans la liste",
    schoolName: "Nom de l'établissement",
    town: 'Ville',
    region: /Académie/,
    create: 'Créer mon compte',
    checkMailbox: 'Consultez votre messagerie',
    confirmMail: /Confirmez votre adresse/,
    confirmed: 'Votre adresse est confirmée',
    signIn: 'Se connecter',
    pending: 'Votre compte attend sa validation',
    queue: 'Enseignants à valider',
    validate: 'Valider',
    reject: 'Refuser…',
    rejectDialog: 'Refuser 1 enseignant',
    reason: /^Motif du refus/,
    validated: '1 enseignant validé.',
    validatedMail: /est validé/,
    subject: 'Histoire',
    ageFrom: /Élèves âgés de/,
    ageTo: /Élèves âgés jusqu’à/,
    workingLanguage: 'anglais',
    presentation: 'Quelques mots sur vous et vos idées',
    lookingForPartners: 'Je cherche des partenaires pour un projet',
    save: 'Enregistrer',
    saved: 'Vos modifications sont enregistrées.',
    invisibleCharacters:
      'Les noms et les titres ne peuvent contenir ni caractères invisibles ni caractères qui changent le sens de l’écriture.',
  },
} as const;

const officers = {
  en: { email: 'officer.en@example.org', password: 'officer password 42' },
  fr: { email: 'officer.fr@example.org', password: 'officer password 42' },
};

async function choose(page: Page, trigger: RegExp, option: string): Promise<void> {
  await page.getByRole('button', { name: trigger }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('a teacher registers, the national support service validates them, they complete their profile', () => {
  const run = serverAndBrowser({
    smtp: true,
    people: Object.entries(officers).map(([language, officer]) => ({
      ...officer,
      name: 'Agent Canopé',
      role: 'nss',
      country: 'FR',
      language: language as 'en' | 'fr',
    })),
  });

  for (const language of ['en', 'fr'] as const) {
    it(`works in ${language === 'en' ? 'English' : 'French'}`, async () => {
      const text = texts[language];
      const teacher = {
        name: language === 'en' ? 'Claire Dubois' : 'Léa Fontaine',
        email: `teacher.${language}@example.org`,
        password: 'a long enough password',
      };
      const teacherContext = await run.browser.newContext({ locale: text.locale, viewport: { width: 1100, height: 900 } });
      const page = await teacherContext.newPage();

      // Register, describing a new school (English run) or finding the one the first teacher added (French run).
      await page.goto(run.server.url);
      await page.getByRole('link', { name: text.register }).first().click();
      await page.getByRole('textbox', { name: text.name }).fill(teacher.name);
      await page.getByRole('textbox', { name: text.email }).fill(teacher.email);
      await page.getByLabel(text.password).fill(teacher.password);
      await choose(page, text.country, 'France');
      if (language === 'en') {
        await page.getByText(text.notListed).click();
        await page.getByRole('textbox', { name: text.schoolName }).fill('École Jean Moulin');
        await page.getByRole('textbox', { name: text.town }).fill('Lyon');
        await choose(page, text.region, 'Lyon');
      } else {
        await page.getByRole('combobox', { name: text.school }).fill('jean moul');
        await page.getByRole('option', { name: /École Jean Moulin/ }).click();
      }
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      await saveScreenshot(page, `register-${language}`);
      await page.getByRole('button', { name: text.create }).click();
      await page.getByRole('heading', { name: text.checkMailbox }).waitFor();

      // Confirm by the link in the mail.
      const mail = await run.smtp.waitForMail(teacher.email, text.confirmMail);
      const token = new URL(linkIn(mail, '/confirm-email')).searchParams.get('token')!;
      await page.goto(`${run.server.url}/confirm-email?token=${token}`);
      await page.getByText(text.confirmed).waitFor();

      await signIn(page, run.server.url, teacher, language);
      await page.getByText(text.pending).waitFor();

      // The officer validates.
      const officerContext = await run.browser.newContext({ locale: text.locale, viewport: { width: 1100, height: 900 } });
      const officerPage = await officerContext.newPage();
      await signIn(officerPage, run.server.url, officers[language], language);
      await officerPage.getByRole('heading', { level: 1, name: text.queue }).waitFor();
      await officerPage.getByRole('heading', { name: teacher.name }).waitFor();
      assert.deepEqual(await seriousAccessibilityViolations(officerPage), []);
      await saveScreenshot(officerPage, `validation-queue-${language}`);
      await officerPage.getByRole('listitem').filter({ hasText: teacher.name }).getByRole('checkbox').check({ force: true });
      // Rejecting asks for a reason in a dialog; Escape closes it and gives the focus back.
      await officerPage.getByRole('button', { name: text.reject }).click();
      const rejection = officerPage.getByRole('dialog', { name: text.rejectDialog });
      await rejection.getByRole('textbox', { name: text.reason }).waitFor();
      assert.equal(await rejection.getByRole('textbox', { name: text.reason }).evaluate((field) => field === document.activeElement), true);
      assert.deepEqual(await seriousAccessibilityViolations(officerPage), []);
      await saveScreenshot(officerPage, `validation-queue-reject-${language}`);
      await officerPage.keyboard.press('Escape');
      await rejection.waitFor({ state: 'detached' });
      assert.equal(
        await officerPage.getByRole('button', { name: text.reject }).evaluate((button) => button === document.activeElement),
        true,
      );
      await officerPage.getByRole('button', { name: text.validate, exact: true }).click();
      await officerPage.getByText(text.validated).waitFor();
      await run.smtp.waitForMail(teacher.email, text.validatedMail);
      await officerContext.close();

      // The teacher, validated, completes the profile.
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.getByText(text.pending).count(), 0);
      await page.getByRole('checkbox', { name: text.subject, exact: true }).check({ force: true });
      await choose(page, text.ageFrom, '12');
      await choose(page, text.ageTo, '15');
      await page.getByRole('checkbox', { name: text.workingLanguage, exact: true }).check({ force: true });
      await page.getByRole('textbox', { name: text.presentation }).fill('Projets autour de la mémoire et des langues.');
      await page.getByRole('checkbox', { name: text.lookingForPartners }).check({ force: true });
      await page.getByRole('button', { name: text.save }).click();
      await page.getByText(text.saved).waitFor();
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      await saveScreenshot(page, `account-${language}`);

      // A name pasted with a hidden direction override is refused, and the field says why (phone width).
      await page.setViewportSize({ width: 320, height: 700 });
      await page.getByRole('textbox', { name: text.name }).fill(`${teacher.name}\u202E`);
      await page.getByRole('button', { name: text.save }).click();
      await page.getByText(text.invisibleCharacters, { exact: false }).first().waitFor();
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
      await saveScreenshot(page, `account-invisible-character-${language}`);
      await page.setViewportSize({ width: 1100, height: 900 });

      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.getByRole('checkbox', { name: text.subject, exact: true }).isChecked(), true);
      assert.equal(
        await page.getByRole('textbox', { name: text.presentation }).inputValue(),
        'Projets autour de la mémoire et des langues.',
      );
      assert.equal(await page.getByRole('textbox', { name: text.name }).inputValue(), teacher.name, 'the refused name was not saved');
      await teacherContext.close();
    });
  }
});
