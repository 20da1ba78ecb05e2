import type { Language } from '@jumelage/contracts';
import english from '../locales/en.json' with { type: 'json' };

/** A catalog as its JSON file holds it: nested keys, ICU messages at the leaves. */
export type Catalog = { [key: string]: string | Catalog };

export { english };

type CatalogFile = { default: Catalog };

/**
 * The catalogs other than English, each loaded when it is first asked for: the web app's bundler
 * makes each its own file, so a reader downloads only their language. English is the fallback,
 * key by key, and always at hand.
 */
const otherCatalogs: Record<Exclude<Language, 'en'>, () => Promise<CatalogFile>> = {
  bg: () => import('../locales/bg.json', { with: { type: 'json' } }),
  cs: () => import('../locales/cs.json', { with: { type: 'json' } }),
  da: () => import('../locales/da.json', { with: { type: 'json' } }),
  de: () => import('../locales/de.json', { with: { type: 'json' } }),
  el: () => import('../locales/el.json', { with: { type: 'json' } }),
  es: () => import('../locales/es.json', { with: { type: 'json' } }),
  et: () => import('../locales/et.json', { with: { type: 'json' } }),
  fi: () => import('../locales/fi.json', { with: { type: 'json' } }),
  fr: () => import('../locales/fr.json', { with: { type: 'json' } }),
  ga: () => import('../locales/ga.json', { with: { type: 'json' } }),
  hr: () => import('../locales/hr.json', { with: { type: 'json' } }),
  hu: () => import('../locales/hu.json', { with: { type: 'json' } }),
  it: () => import('../locales/it.json', { with: { type: 'json' } }),
  lt: () => import('../locales/lt.json', { with: { type: 'json' } }),
  lv: () => import('../locales/lv.json', { with: { type: 'json' } }),
  mt: () => import('../locales/mt.json', { with: { type: 'json' } }),
  nl: () => import('../locales/nl.json', { with: { type: 'json' } }),
  pl: () => import('../locales/pl.json', { with: { type: 'json' } }),
  pt: () => import('../locales/pt.json', { with: { type: 'json' } }),
  ro: () => import('../locales/ro.json', { with: { type: 'json' } }),
  sk: () => import('../locales/sk.json', { with: { type: 'json' } }),
  sl: () => import('../locales/sl.json', { with: { type: 'json' } }),
  sv: () => import('../locales/sv.json', { with: { type: 'json' } }),
};

export async function loadCatalog(language: Language): Promise<Catalog> {
  if (language === 'en') return english;
  return (await otherCatalogs[language]()).default;
}
