import type { EventHandlers } from '../../platform/events/events.ts';
import { linkTo, mailPerson, sendMail } from '../../platform/mail/send.ts';

declare module '../../platform/events/events.ts' {
  interface DomainEvents {
    /** A link to confirm an address was issued, to that address (a new account's, or a new one for an account). */
    'accounts.confirmation_issued': { email: string; language: string; link: string };
    /** A link to choose a new password was issued to the account's owner. */
    'accounts.reset_issued': { link: string };
    /** Someone tried to register with the address of this account: its owner is warned. */
    'accounts.address_taken': Record<string, never>;
  }
}

/** The links carry a single-use secret: the handled event keeps them without it (the dispatcher strips `token=`). */
export const accountEventHandlers: EventHandlers = {
  'accounts.confirmation_issued': [
    { name: 'mail', handle: (event, context) => sendMail(context, event, 'confirm_email', { link: event.link }, 'platform') },
  ],
  'accounts.reset_issued': [
    {
      name: 'mail',
      handle: (event, context) => mailPerson(context, context.event.subject.id, 'reset_password', { link: event.link }, 'platform'),
    },
  ],
  'accounts.address_taken': [
    {
      name: 'mail',
      handle: (_event, context) =>
        mailPerson(
          context,
          context.event.subject.id,
          'already_registered',
          { signInLink: linkTo(context, '/sign-in'), resetLink: linkTo(context, '/forgot-password') },
          'platform',
        ),
    },
  ],
};
