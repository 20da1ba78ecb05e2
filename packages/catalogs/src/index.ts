import type { Language } from '@jumelage/contracts';

/** A catalog as its JSON file holds it: nested keys, ICU messages at the leaves. */
export type Catalog = { [key: string]: string | Catalog };

type CatalogFile = { default: Catalog };

/**
 * Each catalog, loaded when it is first asked for (the server's mails). The web app loads its
 * catalogs itself (apps/web/src/i18n/i18n.ts): it bundles only the sections of English its first
 * page needs, which a loader naming English would undo.
 */
const catalogs: Record<Language, () => Promise<CatalogFile>> = {
  bg: () => import('../locales/bg.json', { with: { type: 'json' } }),
  cs: () => import('../locales/cs.json', { with: { type: 'json' } }),
  da: () => import('../locales/da.json', { with: { type: 'json' } }),
  de: () => import('../locales/de.json', { with: { type: 'json' } }),
  el: () => import('../locales/el.json', { with: { type: 'json' } }),
  en: () => import('../locales/en.json', { with: { type: 'json' } }),
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
  return (await catalogs[language]()).default;
}
