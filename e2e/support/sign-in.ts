import type { Browser, Page } from 'playwright-core';

/** What the sign-in page says, in the languages the specs read it in. */
const labels = {
  en: { email: 'E-mail address', password: /^Password/, submit: 'Sign in' },
  fr: { email: 'Adresse électronique', password: /^Mot de passe/, submit: 'Se connecter' },
};

/** Signs in through the page, as a person does. */
export async function signIn(
  page: Page,
  baseUrl: string,
  credentials: { email: string; password: string },
  language: keyof typeof labels = 'en',
): Promise<void> {
  const text = labels[language];
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('textbox', { name: text.email }).fill(credentials.email);
  await page.getByLabel(text.password).fill(credentials.password);
  await page.getByRole('main').getByRole('button', { name: text.submit }).click();
}

/** A new page at desktop width, in English, signed in and past the sign-in page. */
export async function signedInPage(browser: Browser, baseUrl: string, credentials: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, credentials);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  return page;
}
