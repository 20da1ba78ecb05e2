import { completeLanguages, defaultLanguage, isLanguage, languages, type Language } from '@jumelage/contracts';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
// The sections of the English catalog that the first page needs: the frame, the home page, the
// header's menus, errors. They are bundled; first-route-catalog.test.ts checks that those files use
// no other section.
import {
  app,
  errors,
  fieldErrors,
  footer,
  home,
  language as languageSection,
  nav,
  notifications,
} from '@jumelage/catalogs/locales/en.json';
import wholeEnglishUrl from '@jumelage/catalogs/locales/en.json?url';
import { reloadForNewVersion } from '../app/new-version.ts';

/**
 * Translations: one ICU catalog per EU language in packages/catalogs. English is the fallback, key by
 * key: its first-route sections are bundled, the whole of it loads with any other page
 * (`loadWholeEnglish`). The other languages load when chosen. The choice is remembered in this browser.
 */
// The package's own loader names English, which would bundle it whole: the app globs the others.
const catalogs = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../../../packages/catalogs/locales/*.json',
  '!../../../../packages/catalogs/locales/en.json',
]);
const storageKey = 'jumelage.language';
let wholeEnglish: Promise<void> | undefined;

export async function setUpI18n(): Promise<void> {
  await i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: { app, errors, fieldErrors, footer, home, language: languageSection, nav, notifications } } },
      lng: defaultLanguage,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await changeLanguage(preferredLanguage());
}

/** The whole English catalog, added to the bundled sections once; every page but the home page waits for it. */
export function loadWholeEnglish(): Promise<void> {
  wholeEnglish ??= fetchCatalog(wholeEnglishUrl).then(
    (catalog) => {
      i18next.addResourceBundle('en', 'translation', catalog, true, true);
    },
    (error: unknown) => {
      wholeEnglish = undefined;
      return reloadForNewVersion(error);
    },
  );
  return wholeEnglish;
}

async function fetchCatalog(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    const catalog = await catalogs[`../../../../packages/catalogs/locales/${language}.json`]?.().catch(reloadForNewVersion);
    i18next.addResourceBundle(language, 'translation', catalog?.default ?? {});
  }
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

/** The remembered choice, else the browser's first language we have, else English. */
function preferredLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLanguage(primary) && completeLanguages.includes(primary)) return primary;
  }
  return defaultLanguage;
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored && isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** A language's name in that language ("Deutsch", "français"), capitalised for a list. */
export function nativeLanguageName(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
