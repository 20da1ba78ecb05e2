import type { FastifyBaseLogger } from 'fastify';
import type { AppDependencies } from '../../platform/http/app-plugin.ts';
import { consumeLimit, limits } from '../../platform/rate-limit.ts';

/**
 * For the requests that mail a link to an address (reset a password, confirm again): refuses a
 * flood from one address at once, then answers before doing the work, so the answer takes as long
 * for an address that has an account as for one that has not. An address that already received
 * its share of links this hour silently gets no more.
 */
export async function acceptMailLinkRequest(
  { database }: AppDependencies,
  request: { ip: string; email: string; log: FastifyBaseLogger },
  work: () => Promise<void>,
): Promise<void> {
  await consumeLimit(database.db, limits.mailLinksPerAddress, request.ip);
  void (async () => {
    try {
      await consumeLimit(database.db, limits.mailLinksPerRecipient, request.email.toLowerCase());
    } catch {
      return;
    }
    await work();
  })().catch((error: unknown) => request.log.error({ err: error }, 'mailing a link failed'));
}
