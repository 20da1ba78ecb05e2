import type { EventHandlers } from '../../platform/events/events.ts';
import { notifying } from '../../modules/notifications/module.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** Someone waved at a colleague (the subject). */
    'fixture.waved': { waverName: string };
  }
}

export const fixtureEventHandlers: EventHandlers = {
  'fixture.waved': [
    notifying(({ waverName }, { event: { actorId, subject } }) => [
      { recipients: [subject.id], kind: 'fixture_waved', subject, detail: { actorName: waverName }, path: '/fixture', sentBy: actorId },
    ]),
  ],
};
