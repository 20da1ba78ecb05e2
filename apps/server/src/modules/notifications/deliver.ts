import { sql } from 'kysely';
import type { DomainEvents, EventContext, EventHandler, EventSubject, EventType } from '../../platform/events/events.ts';
import { linkTo, sendMail } from '../../platform/mail/send.ts';
import type { NotificationDetail } from './tables.ts';

export type NewNotification = {
  recipients: string[];
  /** One of the kinds its module declares (DomainModule.notifications). */
  kind: string;
  subject: EventSubject;
  detail: NotificationDetail;
  /** The page of the app it is about: the mail links to it, and so does the app unless `linkedInApp` is false. */
  path: string;
  linkedInApp?: false;
  /**
   * Whose action this is: the mails a person's action sends to others are limited (see
   * consumeMailAllowance; the notification in the app stays). Null for an official's decision.
   */
  sentBy: string | null;
  /** What repeats of it count as one for that allowance; the kind and subject unless said. */
  mailTopic?: string;
};

/**
 * The handler that tells people what an event means for them: in the app, and by mail in each
 * reader's language. It writes in the dispatcher's transaction, so it takes effect once.
 */
export function notifying<T extends EventType>(
  notificationsOf: (payload: DomainEvents[T], context: EventContext) => NewNotification[],
): EventHandler<T> {
  return {
    name: 'notify',
    async handle(payload, context) {
      for (const notification of notificationsOf(payload, context)) await deliver(context, notification);
    },
  };
}

async function deliver(context: EventContext, notification: NewNotification): Promise<void> {
  const { db } = context;
  const recipients = [...new Set(notification.recipients)];
  if (recipients.length === 0) return;
  const { kind, subject, detail, path } = notification;
  await db
    .insertInto('notifications')
    .values(
      recipients.map((userId) => ({
        user_id: userId,
        kind,
        subject_type: subject.type,
        subject_id: subject.id,
        path: notification.linkedInApp === false ? null : path,
        detail: sql<NotificationDetail>`${JSON.stringify(detail)}::jsonb`,
      })),
    )
    .execute();
  const people = await db.selectFrom('users').select(['id', 'name', 'email', 'language']).where('id', 'in', recipients).execute();
  const topic = notification.mailTopic ?? `${kind}:${subject.type}:${subject.id}`;
  for (const person of people) {
    const country = detail.countryCode ? (new Intl.DisplayNames([person.language], { type: 'region' }).of(detail.countryCode) ?? '') : '';
    const values = { ...mailValuesOf(detail), name: person.name, country, link: linkTo(context, path) };
    const cause = notification.sentBy === null ? 'platform' : { senderId: notification.sentBy, recipientId: person.id, topic };
    await sendMail(context, person, kind, values, cause);
  }
}

/** The detail of a notification as its mail's messages name them (the web app's names). */
function mailValuesOf(detail: NotificationDetail): Record<string, string> {
  return {
    actor: detail.actorName ?? '',
    title: detail.projectTitle ?? '',
    outcome: detail.outcome ?? '',
    pupil: detail.pupilName ?? '',
    reason: detail.reason ?? '',
    hasReason: detail.reason ? 'yes' : 'no',
  };
}

/** Notifications about something that is gone (a draft project deleted) go with it. */
export async function forgetNotificationsAbout(db: EventContext['db'], subject: EventSubject): Promise<void> {
  await db.deleteFrom('notifications').where('subject_type', '=', subject.type).where('subject_id', '=', subject.id).execute();
}
