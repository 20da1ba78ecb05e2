import { loadCatalog, type Catalog } from '@jumelage/catalogs';
import { isLanguage, type Language } from '@jumelage/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Mail } from './outbox.ts';

/** What a mail's messages are filled with: names, titles, links. */
export type MailValues = Record<string, string>;

/** The texts a module brings itself, by language (a module whose texts are not in packages/catalogs). */
export type ModuleTexts = Partial<Record<Language, Catalog>>;

/**
 * Renders a mail in its reader's language from the ICU messages `mails.<kind>.subject` and
 * `mails.<kind>.text` of packages/catalogs, the catalogs the web app shows: each text is written
 * once. A language without the message falls back to English, message by message.
 */
export type MailTexts = { render(language: string, kind: string, values: MailValues): Promise<Omit<Mail, 'to'>> };

export function createMailTexts(moduleTexts: readonly ModuleTexts[] = []): MailTexts {
  const formats = new Map<string, IntlMessageFormat>();

  async function messageOf(language: Language, key: string): Promise<IntlMessageFormat> {
    const cacheKey = `${language}:${key}`;
    let format = formats.get(cacheKey);
    if (format) return format;
    const catalogs = [await loadCatalog(language), ...moduleTexts.map((texts) => texts[language])];
    const message = catalogs.map((catalog) => messageIn(catalog, key)).find((found) => found !== undefined);
    if (message === undefined && language === 'en') throw new Error(`No English text for ${key}`);
    format = message === undefined ? await messageOf('en', key) : new IntlMessageFormat(message, language);
    formats.set(cacheKey, format);
    return format;
  }

  return {
    async render(language, kind, values) {
      const reader = isLanguage(language) ? language : 'en';
      const [subject, text] = await Promise.all(
        ['subject', 'text'].map(async (part) => String((await messageOf(reader, `mails.${kind}.${part}`)).format(values))),
      );
      return { subject: subject!, text: text! };
    },
  };
}

/** The message at a dotted key of a catalog, if it holds one. */
export function messageIn(catalog: Catalog | undefined, key: string): string | undefined {
  const found = key
    .split('.')
    .reduce<Catalog | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalog);
  return typeof found === 'string' ? found : undefined;
}
