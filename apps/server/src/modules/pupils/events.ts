import type { EventHandlers } from '../../platform/events/events.ts';
import { notifying } from '../notifications/module.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** A teacher issued a new sign-in card: the pupil's other teachers hear of it. */
    'pupils.card_reissued': { pupilName: string; actorName: string; teacherIds: string[] };
  }
}

export const pupilEventHandlers: EventHandlers = {
  'pupils.card_reissued': [
    notifying((event, { event: { actorId, subject } }) => [
      {
        recipients: event.teacherIds,
        kind: 'pupil_card_reissued',
        subject,
        detail: { actorName: event.actorName, pupilName: event.pupilName },
        path: '/twinspaces',
        linkedInApp: false,
        sentBy: actorId,
        // Always in the app; by mail once an hour per colleague whatever the pupil, so reissuing a class's cards cannot flood them.
        mailTopic: 'pupil_card_reissued',
      },
    ]),
  ],
};
