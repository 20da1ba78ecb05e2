import { isLanguage, type NotificationKind } from '@jumelage/contracts';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { notificationMails } from './mails.ts';
import type { NotificationDetail } from './tables.ts';

export type NewNotification = {
  recipients: string[];
  kind: NotificationKind;
  projectId: string | null;
  detail: NotificationDetail;
  /** Where the mail's link leads, a path of the web app. */
  path: string;
  /**
   * Whose action this is: the mails a person's action sends to others are limited (see
   * consumeMailAllowance; the notification in the app stays). Null for an official's decision.
   */
  sentBy: string | null;
};

/**
 * Tells people in the app and by e-mail, inside the transaction of the change, so that a change
 * rolled back tells nobody. Each mail is in its reader's language.
 */
export async function notify(db: Kysely<Schema>, { mailer, config }: Pick<AppDependencies, 'mailer' | 'config'>, notification: NewNotification): Promise<void> {
  const recipients = [...new Set(notification.recipients)];
  if (recipients.length === 0) return;
  await db
    .insertInto('notifications')
    .values(recipients.map((userId) => ({ user_id: userId, kind: notification.kind, project_id: notification.projectId, detail: sql<NotificationDetail>`${JSON.stringify(notification.detail)}::jsonb` })))
    .execute();
  const people = await db.selectFrom('users').select(['id', 'name', 'email', 'language']).where('id', 'in', recipients).execute();
  const topic = `${notification.kind}:${notification.projectId ?? ''}`;
  for (const person of people) {
    const language = isLanguage(person.language) ? person.language : 'en';
    const country = notification.detail.countryCode ? (new Intl.DisplayNames([language], { type: 'region' }).of(notification.detail.countryCode) ?? '') : '';
    const mail = notificationMails(language)[notification.kind]({ ...notification.detail, name: person.name, country, link: `${config.publicUrl}${notification.path}` });
    const cause = notification.sentBy === null ? 'platform' : { senderId: notification.sentBy, recipientId: person.id, topic };
    await mailer.enqueue(db, { to: person.email, ...mail }, cause);
  }
}
