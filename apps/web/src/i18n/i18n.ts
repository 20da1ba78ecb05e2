import { completeLanguages, defaultLanguage, isLanguage, languages, type Language } from '@jumelage/contracts';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { english, loadCatalog } from '@jumelage/catalogs';

/**
 * Translations: one ICU catalog per EU language in packages/catalogs. English is bundled (it is
 * the fallback, key by key); the others load when chosen. The choice is remembered in this browser.
 */
const storageKey = 'jumelage.language';

export async function setUpI18n(): Promise<void> {
  await i18next.use(ICU).use(initReactI18next).init({
    resources: { en: { translation: english } },
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

export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadCatalog(language));
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
