import type { EventHandlers } from '../../platform/events/events.ts';
import { mailPerson } from '../../platform/mail/send.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** An officer's account was opened: they receive the link to choose their password (a secret, not kept once mailed). */
    'admin.officer_invited': { country: string; link: string };
  }
}

export const adminEventHandlers: EventHandlers = {
  'admin.officer_invited': [
    { name: 'mail', handle: (event, context) => mailPerson(context, context.event.subject.id, 'officer_invitation', event, 'platform') },
  ],
};
