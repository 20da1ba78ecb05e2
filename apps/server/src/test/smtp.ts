import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string; subject: string; text: string };

/** A real SMTP server on a free loopback port that keeps what it receives; the caller closes it. */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(', ') : (mail.to?.text ?? '');
          received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP server has no port');

  /** Waits for a mail to this address whose subject matches, and returns it. */
  async function waitForMail(to: string, subject: RegExp, timeoutMs = 10_000): Promise<ReceivedMail> {
    return (await waitForMails(to, subject, 1, timeoutMs))[0]!;
  }

  /** Waits until this many mails to this address with a matching subject have arrived. */
  async function waitForMails(to: string, subject: RegExp, count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = received.filter((candidate) => candidate.to.includes(to) && subject.test(candidate.subject));
      if (mails.length >= count) return mails;
      if (Date.now() > deadline)
        throw new Error(
          `${mails.length} of ${count} mails to ${to} matching ${subject} within ${timeoutMs} ms; got: ${JSON.stringify(received.map((m) => [m.to, m.subject]))}`,
        );
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
        setTimeout(wake, 200);
      });
    }
  }

  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `smtp://127.0.0.1:${address.port}`, received, waitForMail, waitForMails, close };
}

/** The first link of a mail's text that goes to this path of the platform. */
export function linkIn(mail: ReceivedMail, pathname: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((candidate) => new URL(candidate).pathname === pathname);
  if (!link) throw new Error(`no link to ${pathname} in: ${mail.text}`);
  return link;
}
