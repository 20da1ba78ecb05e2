import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Schema } from '../db/schema.ts';
import { consumeMailAllowance, type PersonalMail } from './allowance.ts';

export type Mail = { to: string; subject: string; text: string };

/**
 * Why a mail goes: a person's action that mails someone else is limited (consumeMailAllowance);
 * `platform` is a mail to the owner of the account it is about, or an official's decision.
 */
export type MailCause = PersonalMail | 'platform';

/**
 * A delivered mail is kept without the secrets of its links, so that reading the outbox (or a
 * copy of the table) does not open anyone's account. Undelivered mails keep them: without SMTP
 * the outbox is how the operator hands links on.
 */
export function withoutLinkSecrets(text: string): string {
  return text.replace(/([?&]token=)[\w-]+/g, '$1…');
}

/**
 * E-mail leaves through the outbox table: a mail is written in the same transaction as the change
 * that causes it (so a rolled-back change sends nothing), then delivered over SMTP when SMTP_URL is
 * set. Without SMTP it stays in the outbox, where an admin can read it, and is written to the log.
 */
export type Mailer = {
  /** Call inside the transaction of the change. A personal mail past its allowance is not sent (the change still happens). */
  enqueue(db: Kysely<Schema>, mail: Mail, cause: MailCause): Promise<void>;
  /** Sends what is due; call after the transaction commits (and it runs on a timer too). */
  deliverDue(): Promise<number>;
  /** Stops the timer and waits for a delivery round under way. */
  close(): Promise<void>;
};

const maxAttempts = 8;

export function createMailer(options: {
  db: Kysely<Schema>;
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  pollMs?: number;
}): Mailer {
  const { db, from, logger } = options;
  const transport: Transporter | undefined = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  let delivering: Promise<number> | undefined;
  const timer = transport ? setInterval(() => void deliverDue().catch(() => undefined), options.pollMs ?? 30_000) : undefined;
  timer?.unref();

  async function enqueue(executor: Kysely<Schema>, mail: Mail, cause: MailCause): Promise<void> {
    if (cause !== 'platform' && cause.senderId !== cause.recipientId && !(await consumeMailAllowance(executor, cause))) {
      logger.info({ personalMail: cause }, 'mail not sent: past the allowance of its sender or recipient');
      return;
    }
    await executor.insertInto('outbox_mails').values({ to_address: mail.to, subject: mail.subject, text_body: mail.text }).execute();
    if (!transport) logger.info({ mail }, 'mail kept in the outbox (no SMTP_URL)');
  }

  // One delivery round at a time per process; other processes skip the rows this one holds.
  function deliverDue(): Promise<number> {
    if (!transport) return Promise.resolve(0);
    delivering ??= deliverRound(transport).finally(() => (delivering = undefined));
    return delivering;
  }

  async function deliverRound(smtp: Transporter): Promise<number> {
    let sent = 0;
    for (;;) {
      const delivered = await db.transaction().execute(async (transaction) => {
        const mail = await transaction
          .selectFrom('outbox_mails')
          .select(['id', 'to_address', 'subject', 'text_body', 'attempts'])
          .where('sent_at', 'is', null)
          .where('next_attempt_at', '<=', new Date())
          .where('attempts', '<', maxAttempts)
          .orderBy('next_attempt_at')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!mail) return undefined;
        try {
          await smtp.sendMail({ from, to: mail.to_address, subject: mail.subject, text: mail.text_body });
          await transaction
            .updateTable('outbox_mails')
            .set({ sent_at: new Date(), attempts: mail.attempts + 1, last_error: null, text_body: withoutLinkSecrets(mail.text_body) })
            .where('id', '=', mail.id)
            .execute();
          return true;
        } catch (error) {
          const retryInMs = 60_000 * 2 ** mail.attempts;
          logger.warn({ err: (error as Error).message, mailId: mail.id }, 'mail delivery failed; will retry');
          await transaction
            .updateTable('outbox_mails')
            .set({
              attempts: mail.attempts + 1,
              last_error: (error as Error).message.slice(0, 500),
              next_attempt_at: new Date(Date.now() + retryInMs),
            })
            .where('id', '=', mail.id)
            .execute();
          return false;
        }
      });
      if (delivered === undefined) return sent;
      if (delivered) sent++;
    }
  }

  return {
    enqueue,
    deliverDue,
    async close() {
      if (timer) clearInterval(timer);
      await delivering?.catch(() => undefined);
      transport?.close();
    },
  };
}
