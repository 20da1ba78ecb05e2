/** The 24 official languages of the European Union: the catalogs the web app is laid out for. */
export const languages = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type Language = (typeof languages)[number];

/** Languages whose catalogs are complete; the others fall back to English key by key. */
export const completeLanguages: readonly Language[] = ['en', 'fr'];

export const defaultLanguage: Language = 'en';

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
