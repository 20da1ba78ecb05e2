import type { EventHandlers } from '../../platform/events/events.ts';
import { linkTo, mailPerson } from '../../platform/mail/send.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** A teacher asked a colleague (the subject) to be in contact. */
    'contacts.requested': { fromName: string; message: string };
    /** A teacher accepted the request of a colleague (the subject). */
    'contacts.accepted': { byName: string };
  }
}

export const contactEventHandlers: EventHandlers = {
  'contacts.requested': [
    {
      name: 'mail',
      handle: ({ fromName, message }, context) => {
        const { actorId, subject } = context.event;
        const cause = { senderId: actorId!, recipientId: subject.id, topic: 'contact-request' };
        return mailPerson(
          context,
          subject.id,
          'contact_requested',
          { from: fromName, message, link: linkTo(context, '/my-contacts') },
          cause,
        );
      },
    },
  ],
  'contacts.accepted': [
    {
      name: 'mail',
      handle: ({ byName }, context) => {
        const { actorId, subject } = context.event;
        const cause = { senderId: actorId!, recipientId: subject.id, topic: 'contact-accepted' };
        return mailPerson(context, subject.id, 'contact_accepted', { by: byName, link: linkTo(context, '/my-contacts') }, cause);
      },
    },
  ],
};
