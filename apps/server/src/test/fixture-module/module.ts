import type { DomainModule } from '../../platform/module.ts';
import { fixtureEventHandlers } from './events.ts';
import { fixtureRoutes } from './routes.ts';
import { wavesPersonalData, wavesProjectArchive } from './waves.ts';

/**
 * A domain that exists only in tests: it shows what a new domain plugs in (its routes, its events
 * and their handlers, a notification kind with its texts, what it keeps about a person and its part
 * of a project's archive) without an edit outside its folder. Its table is made by the test.
 */
export const fixtureModule: DomainModule = {
  name: 'fixture',
  routes: [fixtureRoutes],
  events: fixtureEventHandlers,
  notifications: ['fixture_waved'],
  texts: {
    en: { mails: { fixture_waved: { subject: '{actor} waves at you', text: 'Hello {name},\n\n{actor} waves at you.\n\n{link}\n' } } },
    fr: {
      mails: { fixture_waved: { subject: '{actor} vous fait signe', text: 'Bonjour {name},\n\n{actor} vous fait signe.\n\n{link}\n' } },
    },
  },
  personalData: wavesPersonalData,
  projectArchive: wavesProjectArchive,
};
