import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { completeLanguages, errorCodes, errorStatuses, fieldErrorCodes, languages } from '@jumelage/contracts';

const localesDir = path.dirname(fileURLToPath(import.meta.resolve('@jumelage/catalogs/locales/en.json')));

function keysOf(catalog: unknown, prefix = ''): string[] {
  if (typeof catalog !== 'object' || catalog === null) return [prefix];
  return Object.entries(catalog).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

function catalog(language: string): unknown {
  return JSON.parse(readFileSync(path.join(localesDir, `${language}.json`), 'utf8'));
}

describe('translation catalogs', () => {
  const englishKeys = keysOf(catalog('en')).toSorted();

  it('exist for all 24 EU languages', () => {
    for (const language of languages) assert.doesNotThrow(() => catalog(language), `${language}.json`);
  });

  for (const language of completeLanguages) {
    it(`${language} has every key English has, and no other`, () => {
      assert.deepEqual(keysOf(catalog(language)).toSorted(), englishKeys);
    });
  }

  it('partial catalogs only hold keys English has (the rest falls back to English)', () => {
    for (const language of languages) {
      const unknown = keysOf(catalog(language)).filter((key) => key !== '' && !englishKeys.includes(key));
      assert.deepEqual(unknown, [], `${language}.json`);
    }
  });

  it('translate every error code the API can answer with, each with its one status', () => {
    for (const code of errorCodes) {
      assert.ok(englishKeys.includes(`errors.${code}`), code);
      assert.ok(errorStatuses[code] >= 400 && errorStatuses[code] < 600, `${code} has an error status`);
    }
  });

  it('translate every reason a field can be refused for, text rules included', () => {
    for (const code of fieldErrorCodes) assert.ok(englishKeys.includes(`fieldErrors.${code}`), code);
  });
});
