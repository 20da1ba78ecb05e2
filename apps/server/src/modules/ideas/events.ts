import type { EventHandlers } from '../../platform/events/events.ts';
import { linkTo, mailPerson } from '../../platform/mail/send.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** A teacher answered an idea (the subject): its author reads the answer by mail. */
    'ideas.interest_expressed': { authorId: string; title: string; fromName: string; school: string; message: string };
  }
}

export const ideaEventHandlers: EventHandlers = {
  'ideas.interest_expressed': [
    {
      name: 'mail',
      handle: ({ authorId, title, fromName, school, message }, context) => {
        const { actorId, subject } = context.event;
        const cause = { senderId: actorId!, recipientId: authorId, topic: `idea-interest:${subject.id}` };
        return mailPerson(
          context,
          authorId,
          'interest_expressed',
          { from: fromName, school, title, message, link: linkTo(context, `/ideas/${subject.id}`) },
          cause,
        );
      },
    },
  ],
};
