import type { EventHandlers } from '../../platform/events/events.ts';
import { linkTo, mailPerson } from '../../platform/mail/send.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** An officer validated a teacher's account, or did not (with the reason the teacher reads). */
    'nss.teacher_decided': { reason: string | null };
  }
}

export const nssEventHandlers: EventHandlers = {
  'nss.teacher_decided': [
    {
      name: 'mail',
      handle: ({ reason }, context) => {
        const link = linkTo(context, '/sign-in');
        const teacherId = context.event.subject.id;
        return reason === null
          ? mailPerson(context, teacherId, 'account_validated', { link }, 'platform')
          : mailPerson(context, teacherId, 'account_rejected', { reason, link }, 'platform');
      },
    },
  ],
};
