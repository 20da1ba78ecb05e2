import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalog } from '@jumelage/catalogs';
import { completeLanguages } from '@jumelage/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import { messageIn } from '../platform/mail/texts.ts';
import { domainModules } from './registry.ts';

describe('the texts the modules send', () => {
  const notificationKinds = domainModules.flatMap((module) => module.notifications ?? []);
  const mails = [...notificationKinds, ...domainModules.flatMap((module) => module.mails ?? [])];

  for (const language of completeLanguages) {
    it(`are all in the ${language} catalog, as messages that parse`, async () => {
      const catalog = await loadCatalog(language);
      const keys = [
        ...notificationKinds.map((kind) => `notifications.${kind}`),
        ...mails.flatMap((mail) => [`mails.${mail}.subject`, `mails.${mail}.text`]),
      ];
      for (const key of keys) {
        const message = messageIn(catalog, key);
        assert.ok(message, `${language}: ${key}`);
        assert.doesNotThrow(() => new IntlMessageFormat(message, language), `${language}: ${key}`);
      }
    });
  }

  it('name each notification kind and mail once', () => {
    assert.equal(new Set(mails).size, mails.length);
  });
});
