import type { EventContext } from '../events/events.ts';
import type { MailCause } from './outbox.ts';
import type { MailValues } from './texts.ts';

/** Who a mail goes to: an address and the language its reader reads. */
export type MailAddress = { email: string; language: string };

/**
 * Renders a mail in its reader's language (`mails.<kind>` of the catalogs) and writes it to the
 * outbox in the handler's transaction; the allowance of personal mails applies (MailCause).
 */
export async function sendMail(context: EventContext, to: MailAddress, kind: string, values: MailValues, cause: MailCause): Promise<void> {
  const mail = await context.mailTexts.render(to.language, kind, values);
  await context.mailer.enqueue(context.db, { to: to.email, ...mail }, cause);
}

/** A mail to the holder of an account, greeted by name, at the address the account has now. */
export async function mailPerson(context: EventContext, userId: string, kind: string, values: MailValues, cause: MailCause): Promise<void> {
  const person = await context.db.selectFrom('users').select(['name', 'email', 'language']).where('id', '=', userId).executeTakeFirst();
  // An account deleted since the event has nobody to write to.
  if (person) await sendMail(context, person, kind, { name: person.name, ...values }, cause);
}

/** The link of a mail to a page of the platform. */
export function linkTo(context: Pick<EventContext, 'config'>, path: string): string {
  return `${context.config.publicUrl}${path}`;
}
